package fr.plume.tool.privacy.domain;

/** The record of erasures (append only), for the accountability GDPR Art. 5(2) asks. */
public interface ErasureLog {

    void append(Erasure erasure);
}
