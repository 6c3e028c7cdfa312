package fr.plume.tool.certification.domain;

/** Reads a roster from an uploaded CSV or XLSX file (by its name's extension). */
public interface RosterReader {

    Roster read(String fileName, byte[] content);
}
