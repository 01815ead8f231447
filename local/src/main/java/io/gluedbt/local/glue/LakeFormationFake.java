package io.gluedbt.local.glue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lake Formation at the protocol level: LF-tags, tags on resources, data cells filters and grants are kept in
 * memory and answered back; nothing is enforced. The SDK speaks REST-JSON to it ({@code POST /GrantPermissions}).
 */
final class LakeFormationFake {
    static final List<String> OPERATIONS = List.of("AddLFTagsToResource", "RemoveLFTagsFromResource", "GetResourceLFTags",
            "CreateDataCellsFilter", "DeleteDataCellsFilter", "ListDataCellsFilter", "GrantPermissions",
            "BatchGrantPermissions", "RevokePermissions", "CreateLFTag", "GetLFTag");

    private final Map<String, JsonNode> tags = new TreeMap<>();
    private final Map<String, Map<String, JsonNode>> resourceTags = new TreeMap<>();
    private final Map<String, JsonNode> filters = new LinkedHashMap<>();
    private final Map<String, JsonNode> grants = new LinkedHashMap<>();

    synchronized ObjectNode handle(String operation, JsonNode request) {
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        switch (operation) {
            case "CreateLFTag" -> {
                String key = JsonFields.required(request, "TagKey");
                if (tags.containsKey(key)) {
                    throw GlueServiceException.alreadyExists("Tag key already exists: " + key);
                }
                tags.put(key, request.path("TagValues").deepCopy());
            }
            case "GetLFTag" -> {
                String key = JsonFields.required(request, "TagKey");
                JsonNode values = tags.get(key);
                if (values == null) {
                    throw GlueServiceException.notFound("Tag key does not exist: " + key);
                }
                response.put("CatalogId", GlueTables.CATALOG_ID).put("TagKey", key).set("TagValues", values.deepCopy());
            }
            case "AddLFTagsToResource" -> {
                Map<String, JsonNode> onResource = resourceTags.computeIfAbsent(request.path("Resource").toString(), key -> new TreeMap<>());
                request.path("LFTags").forEach(tag -> onResource.put(tag.path("TagKey").asText(), tag.path("TagValues").deepCopy()));
                response.putArray("Failures");
            }
            case "RemoveLFTagsFromResource" -> {
                Map<String, JsonNode> onResource = resourceTags.getOrDefault(request.path("Resource").toString(), new TreeMap<>());
                request.path("LFTags").forEach(tag -> onResource.remove(tag.path("TagKey").asText()));
                response.putArray("Failures");
            }
            case "GetResourceLFTags" -> {
                JsonNode resource = request.path("Resource");
                ArrayNode list = response.putArray(resource.has("Table") || resource.has("TableWithColumns") ? "LFTagsOnTable" : "LFTagOnDatabase");
                resourceTags.getOrDefault(resource.toString(), Map.of()).forEach((key, values) ->
                        list.addObject().put("CatalogId", GlueTables.CATALOG_ID).put("TagKey", key).set("TagValues", values.deepCopy()));
            }
            case "CreateDataCellsFilter" -> {
                JsonNode table = request.path("TableData");
                String key = filterKey(table.path("DatabaseName").asText(), table.path("TableName").asText(), table.path("Name").asText());
                if (filters.containsKey(key)) {
                    throw GlueServiceException.alreadyExists("Data cells filter already exists: " + key);
                }
                filters.put(key, table.deepCopy());
            }
            case "DeleteDataCellsFilter" -> {
                String key = filterKey(request.path("DatabaseName").asText(), request.path("TableName").asText(), request.path("Name").asText());
                if (filters.remove(key) == null) {
                    throw GlueServiceException.notFound("Data cells filter not found: " + key);
                }
            }
            case "ListDataCellsFilter" -> {
                ArrayNode list = response.putArray("DataCellsFilters");
                JsonNode table = request.path("Table");
                filters.values().stream()
                        .filter(filter -> table.isMissingNode()
                                || (filter.path("DatabaseName").equals(table.path("DatabaseName")) && filter.path("TableName").equals(table.path("Name"))))
                        .forEach(filter -> list.add(filter.deepCopy()));
            }
            case "GrantPermissions" -> grants.put(request.toString(), request.deepCopy());
            case "RevokePermissions" -> grants.values().removeIf(grant -> grant.path("Principal").equals(request.path("Principal"))
                    && grant.path("Resource").equals(request.path("Resource")));
            case "BatchGrantPermissions" -> {
                request.path("Entries").forEach(entry -> grants.put(entry.toString(), entry.deepCopy()));
                response.putArray("Failures");
            }
            case "BatchRevokePermissions" -> {
                request.path("Entries").forEach(entry -> grants.values().removeIf(grant -> grant.path("Principal").equals(entry.path("Principal"))
                        && grant.path("Resource").equals(entry.path("Resource"))));
                response.putArray("Failures");
            }
            case "ListPermissions" -> {
                var list = response.putArray("PrincipalResourcePermissions");
                grants.values().stream()
                        .filter(grant -> request.path("Resource").isMissingNode() || grant.path("Resource").equals(request.path("Resource")))
                        .filter(grant -> request.path("Principal").isMissingNode() || grant.path("Principal").equals(request.path("Principal")))
                        .forEach(grant -> list.addObject().setAll(java.util.Map.of("Principal", grant.path("Principal"),
                                "Resource", grant.path("Resource"), "Permissions", grant.path("Permissions"))));
            }
            default -> throw GlueServiceException.invalidInput("Operation " + operation + " is not supported by the local Lake Formation");
        }
        return response;
    }

    private static String filterKey(String database, String table, String name) {
        return database + "." + table + "." + name;
    }
}
