package io.unrolled.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code unrolled --version}: the pom's version, which the build writes into {@code version.properties}. */
public final class VersionProvider implements IVersionProvider {

    static final String RESOURCE = "/io/unrolled/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"unrolled " + version()};
    }

    /** The pom's version, or "(version unknown)" when the build did not write it. */
    public static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "(version unknown)";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "(version unknown)");
        } catch (IOException e) {
            return "(version unknown)";
        }
    }
}
