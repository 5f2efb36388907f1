package dev.journeyfacade.deploy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
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

	/**
	 * The cluster version the chart is rendered for: the oldest its {@code kubeVersion}
	 * admits (without it Helm's library assumes v1.20).
	 */
	static final String KUBE_VERSION = "v1.23.0";

	private static final ObjectMapper YAML = YAMLMapper.builder().build();

	/**
	 * Renders with the given values files (under src/test/resources/helm) and --set pairs
	 * (key, value, key, value …).
	 */
	static RenderedChart render(List<String> valuesFiles, Object... sets) {
		return render(CHART, valuesFiles, sets);
	}

	/**
	 * Renders the chart's {@code helm test} hooks too. Helm's template leaves hooks out
	 * of its output, so a copy of the chart is rendered in which their
	 * {@code helm.sh/hook} annotation is renamed {@value #HOOK_SEEN}: Helm then renders
	 * them like any manifest, and the annotation still says what the hook was.
	 */
	static RenderedChart renderWithTestHooks(List<String> valuesFiles, Object... sets) {
		try {
			Path copy = Files.createTempDirectory("chart-with-hooks");
			try (Stream<Path> files = Files.walk(CHART)) {
				for (Path file : files.toList()) {
					Path target = copy.resolve(CHART.relativize(file).toString());
					if (Files.isDirectory(file)) {
						Files.createDirectories(target);
					}
					else {
						String text = Files.readString(file);
						Files.writeString(target, file.startsWith(CHART.resolve("templates/tests"))
								? text.replace("helm.sh/hook:", HOOK_SEEN + ":") : text);
					}
				}
			}
			return render(copy, valuesFiles, sets);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** What {@link #renderWithTestHooks} renames the hook annotation to. */
	static final String HOOK_SEEN = "rendered-for-the-test/helm.sh-hook";

	private static RenderedChart render(Path chart, List<String> valuesFiles, Object... sets) {
		TemplateCommand template = new Helm(chart).template()
			.withName(RELEASE)
			.withNamespace("marketing")
			.withKubeVersion(KUBE_VERSION);
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
