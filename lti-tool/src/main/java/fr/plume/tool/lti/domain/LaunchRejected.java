package fr.plume.tool.lti.domain;

import fr.plume.tool.shared.domain.PlumeProblemException;

/** A launch refused for a reason the page explains ({@code problem.<code>.title/advice}). */
public class LaunchRejected extends PlumeProblemException {

    public LaunchRejected(String code, int status) {
        super(code, status);
    }
}
