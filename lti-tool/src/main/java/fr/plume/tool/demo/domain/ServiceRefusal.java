package fr.plume.tool.demo.domain;

/** A service request the platform refuses, with Moodle's status and reason. */
public class ServiceRefusal extends RuntimeException {

    private final int status;

    public ServiceRefusal(int status, String reason) {
        super(reason);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
