package io.gluedbt.local.glue;

import static java.util.Objects.requireNonNull;

/** An error answered to the client: {@code {"__type": type, "message": message}} with HTTP {@code status}. */
final class GlueServiceException extends RuntimeException {
    private final String type;
    private final int status;

    GlueServiceException(String type, int status, String message) {
        super(requireNonNull(message, "message is null"));
        this.type = requireNonNull(type, "type is null");
        this.status = status;
    }

    static GlueServiceException notFound(String message) {
        return new GlueServiceException("EntityNotFoundException", 400, message);
    }

    static GlueServiceException invalidInput(String message) {
        return new GlueServiceException("InvalidInputException", 400, message);
    }

    static GlueServiceException validation(String message) {
        return new GlueServiceException("ValidationException", 400, message);
    }

    static GlueServiceException alreadyExists(String message) {
        return new GlueServiceException("AlreadyExistsException", 400, message);
    }

    static GlueServiceException illegalSessionState(String message) {
        return new GlueServiceException("IllegalSessionStateException", 400, message);
    }

    String type() {
        return type;
    }

    int status() {
        return status;
    }
}
