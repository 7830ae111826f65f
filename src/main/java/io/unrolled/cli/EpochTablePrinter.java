package io.unrolled.cli;

import io.unrolled.train.BookRow;
import io.unrolled.train.EpochResult;
import java.io.PrintStream;
import java.util.List;

/** Prints the epoch table the way fastai does, with the book's row for the same epoch beside it. */
final class EpochTablePrinter {

    private final PrintStream out;
    private final List<BookRow> book;
    private final boolean showCe;

    EpochTablePrinter(PrintStream out, List<BookRow> book, boolean showCe) {
        this.out = out;
        this.book = book;
        this.showCe = showCe;
    }

    void header() {
        String ce = showCe ? String.format("%-10s  ", "train_ce") : "";
        out.printf("%-5s  %-10s  %s%-10s  %-8s  %-5s  |  %-10s  %-10s  %-8s%n", "epoch", "train_loss", ce, "valid_loss", "accuracy",
                "time", "book train", "book valid", "book acc");
    }

    void row(EpochResult r) {
        String ce = showCe ? String.format("%-10.6f  ", r.trainCe()) : "";
        String bookPart = r.epoch() < book.size()
                ? String.format("%-10.6f  %-10.6f  %-8.6f", book.get(r.epoch()).trainLoss(), book.get(r.epoch()).validLoss(), book.get(r.epoch()).accuracy())
                : "";
        out.printf("%-5d  %-10.6f  %s%-10.6f  %-8.6f  %-5s  |  %s%n", r.epoch(), r.trainLoss(), ce, r.validLoss(), r.accuracy(),
                r.time(), bookPart);
        out.flush();
    }
}
