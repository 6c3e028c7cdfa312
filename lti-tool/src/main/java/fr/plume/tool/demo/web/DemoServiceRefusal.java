package fr.plume.tool.demo.web;

/** A service request the platform refuses, with Moodle's status and reason. */
class DemoServiceRefusal extends RuntimeException {

    private final int status;

    DemoServiceRefusal(int status, String reason) {
        super(reason);
        this.status = status;
    }

    int status() {
        return status;
    }
}
