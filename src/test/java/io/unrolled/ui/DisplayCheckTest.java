package io.unrolled.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayCheckTest {

    @Test
    void linuxWithoutDisplayOrWaylandGetsOneLinePointingToHelp() {
        String line = DisplayCheck.problem("Linux", Map.of(), null).orElseThrow();
        assertEquals("unrolled: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
                + "for the command line see unrolled --help", line);
        assertTrue(DisplayCheck.problem("Linux", Map.of("DISPLAY", " "), null).isPresent(), "a blank DISPLAY is no display");
        assertTrue(DisplayCheck.problem("FreeBSD", Map.of(), null).isPresent());
    }

    @Test
    void anX11OrWaylandDisplayIsEnough() {
        assertTrue(DisplayCheck.problem("Linux", Map.of("DISPLAY", ":99"), null).isEmpty());
        assertTrue(DisplayCheck.problem("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null).isEmpty());
    }

    @Test
    void windowsMacAndMonocleNeedNoDisplayVariable() {
        assertTrue(DisplayCheck.problem("Windows 11", Map.of(), null).isEmpty());
        assertTrue(DisplayCheck.problem("Mac OS X", Map.of(), null).isEmpty());
        assertTrue(DisplayCheck.problem("Linux", Map.of(), "Monocle").isEmpty(), "the headless window tests");
    }

    @Test
    void aDisplayThatCannotBeOpenedIsOneLineToo() {
        assertEquals("unrolled: cannot open the display :77 (Unable to open DISPLAY); for the command line see unrolled --help",
                DisplayCheck.cannotOpen("Unable to open DISPLAY", ":77"));
    }
}
