package io.unrolled.cli;

import io.unrolled.train.BookRow;
import io.unrolled.train.EpochResult;
import java.io.PrintStream;
import java.util.List;

/** Prints the epoch table the way fastai does, with the book's row for the same epoch beside it (when there is a book's run to compare). */
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
        String bookPart = book.isEmpty() ? "" : String.format("  |  %-10s  %-10s  %-8s", "book train", "book valid", "book acc");
        out.println(String.format("%-5s  %-10s  %s%-10s  %-8s  %-5s%s", "epoch", "train_loss", ce, "valid_loss", "accuracy", "time", bookPart)
                .stripTrailing());
    }

    void row(EpochResult r) {
        String ce = showCe ? String.format("%-10.6f  ", r.trainCe()) : "";
        String bookPart = book.isEmpty() ? ""
                : r.epoch() < book.size() ? String.format("  |  %-10.6f  %-10.6f  %-8.6f", book.get(r.epoch()).trainLoss(),
                        book.get(r.epoch()).validLoss(), book.get(r.epoch()).accuracy())
                : "  |";
        out.println(String.format("%-5d  %-10.6f  %s%-10.6f  %-8.6f  %-5s%s", r.epoch(), r.trainLoss(), ce, r.validLoss(), r.accuracy(),
                r.time(), bookPart).stripTrailing());
        out.flush();
    }
}
