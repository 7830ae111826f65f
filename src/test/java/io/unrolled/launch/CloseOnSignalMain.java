package io.unrolled.launch;

/** A program that closes on a signal as the window does, for CloseSignalsTest to send signals to. */
final class CloseOnSignalMain {

    private CloseOnSignalMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        CloseSignals.onClose(() -> {
            System.out.println("closing as asked");
            System.exit(0);
        });
        System.out.println("ready");
        Thread.sleep(Long.MAX_VALUE);
    }
}
