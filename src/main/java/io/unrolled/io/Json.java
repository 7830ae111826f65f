package io.unrolled.io;

/**
 * A tiny JSON reader and writer for the model config stored in .npz files and for the command
 * line's {@code --json} output. Plain JSON types map to plain Java types:
 *
 * <table>
 *   <caption>JSON to Java</caption>
 *   <tr><th>JSON</th><th>parse gives</th><th>write accepts</th></tr>
 *   <tr><td>object</td><td>LinkedHashMap&lt;String,Object&gt; (key order kept)</td><td>any Map with String keys</td></tr>
 *   <tr><td>array</td><td>ArrayList&lt;Object&gt;</td><td>any Collection, Object[], int[], long[], float[], double[]</td></tr>
 *   <tr><td>string</td><td>String</td><td>any CharSequence</td></tr>
 *   <tr><td>number</td><td>Long if written without fraction or exponent and it fits, else Double</td><td>any Number</td></tr>
 *   <tr><td>true/false</td><td>Boolean</td><td>Boolean</td></tr>
 *   <tr><td>null</td><td>null</td><td>null</td></tr>
 * </table>
 */
public final class Json {
    private Json() {
    }

    /** Compact JSON on one line. */
    public static String write(Object value) {
        return JsonWriter.write(value, false);
    }

    /**
     * JSON text; with {@code pretty}, one member per line indented by two spaces.
     * Doubles are written so they parse back to the same double; NaN and infinities, which JSON
     * cannot express, are written as {@code null}.
     *
     * @throws IllegalArgumentException for values of other types, non-String map keys, or a
     *     collection that contains itself
     */
    public static String write(Object value, boolean pretty) {
        return JsonWriter.write(value, pretty);
    }

    /**
     * Parses one JSON value. Beyond strict JSON it accepts {@code NaN}, {@code Infinity} and
     * {@code -Infinity}, because Python's {@code json.dumps} writes them by default.
     *
     * @throws IllegalArgumentException for malformed text; the message gives line, column and
     *     character offset
     */
    public static Object parse(String text) {
        return JsonParser.parse(text);
    }
}
