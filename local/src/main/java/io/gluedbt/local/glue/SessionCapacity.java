package io.gluedbt.local.glue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** The DPUs a CreateSession request configures, as Glue bills them. */
final class SessionCapacity {
    /** Glue's default capacity of a glueetl session without NumberOfWorkers/WorkerType or MaxCapacity. */
    static final double DEFAULT_DPUS = 5;

    private static final Map<String, Double> DPUS_PER_WORKER = Map.of(
            "G.025X", 0.25, "G.1X", 1.0, "G.2X", 2.0, "G.4X", 4.0, "G.8X", 8.0, "Z.2X", 2.0);

    private SessionCapacity() {}

    /** NumberOfWorkers times the WorkerType's DPUs when both are given, else MaxCapacity, else {@link #DEFAULT_DPUS}. */
    static double dpus(JsonNode request) {
        JsonNode workers = request.path("NumberOfWorkers");
        Double perWorker = DPUS_PER_WORKER.get(request.path("WorkerType").asText(""));
        if (workers.canConvertToInt() && workers.asInt() > 0 && perWorker != null) {
            return workers.asInt() * perWorker;
        }
        JsonNode maxCapacity = request.path("MaxCapacity");
        if (maxCapacity.isNumber() && maxCapacity.asDouble() > 0) {
            return maxCapacity.asDouble();
        }
        return DEFAULT_DPUS;
    }
}
