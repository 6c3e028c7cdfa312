package fr.plume.tool.certification.domain;

import java.io.OutputStream;
import java.util.function.Consumer;

/** Writes the register of certificates (XLSX), streaming rows as they are read. */
public interface RegisterFormat {

    void write(Consumer<Consumer<Certificate>> rows, OutputStream out);
}
