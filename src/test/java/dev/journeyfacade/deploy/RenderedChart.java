package dev.journeyfacade.deploy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The chart rendered by Helm's own engine ({@code helm template}), parsed into one JSON
 * tree per manifest.
 */
record RenderedChart(List<JsonNode> manifests) {

	static final Path CHART = Path.of("helm/journey-facade");
	static final Path VALUES = Path.of("src/test/resources/helm");
	static final String RELEASE = "journeys";

	private static final ObjectMapper YAML = YAMLMapper.builder().build();

	/**
	 * Renders with the given values files (under src/test/resources/helm) and --set pairs
	 * (key, value, key, value …).
	 */
	static RenderedChart render(List<String> valuesFiles, Object... sets) {
		TemplateCommand template = new Helm(CHART).template().withName(RELEASE).withNamespace("marketing");
		for (String file : valuesFiles) {
			template = template.withValuesFile(VALUES.resolve(file));
		}
		for (int i = 0; i < sets.length; i += 2) {
			template = template.set((String) sets[i], sets[i + 1]);
		}
		List<JsonNode> manifests = new ArrayList<>();
		try (var parser = YAML.createParser(template.call())) {
			for (var documents = YAML.readValues(parser, JsonNode.class); documents.hasNext();) {
				JsonNode document = documents.next();
				if (document != null && !document.isNull() && !document.isEmpty()) {
					manifests.add(document);
				}
			}
		}
		return new RenderedChart(List.copyOf(manifests));
	}

	Optional<JsonNode> find(String kind) {
		return manifests.stream().filter(m -> kind.equals(m.path("kind").asString())).findFirst();
	}

	JsonNode get(String kind) {
		return find(kind).orElseThrow(() -> new AssertionError("no " + kind + " rendered; kinds: " + kinds()));
	}

	List<String> kinds() {
		return manifests.stream().map(m -> m.path("kind").asString()).toList();
	}

	JsonNode podSpec() {
		return get("Deployment").path("spec").path("template").path("spec");
	}

	JsonNode container() {
		return podSpec().path("containers").path(0);
	}

	/**
	 * The ConfigMap's data as a map (what envFrom puts into the container's environment).
	 */
	Map<String, String> configData() {
		Map<String, String> data = new java.util.LinkedHashMap<>();
		get("ConfigMap").path("data").properties().forEach(e -> data.put(e.getKey(), e.getValue().asString()));
		return data;
	}
}
