package dev.journeyfacade.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's shared parts: the API info, and one {@code ProblemDetail} schema
 * (RFC 9457, as {@link ProblemDetailsAdvice} renders it) as
 * {@code application/problem+json} on every error response of every operation, including
 * the Dataverse failures any operation can meet (502, 503, 504).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String PROBLEM_JSON = "application/problem+json";
	static final String PROBLEM_SCHEMA = "ProblemDetail";

	/** A W3C trace id: 16 bytes in lower-case hexadecimal (w3.org/TR/trace-context). */
	static final int TRACE_ID_LENGTH = 32;

	/**
	 * One server, relative: the host that serves this document, whichever environment it
	 * is (so Swagger UI calls the API it was loaded from), and for internal callers only.
	 */
	@Bean
	OpenAPI journeyFacadeOpenApi() {
		return new OpenAPI()
			.addServersItem(new Server().url("/")
				.description("This deployment of the facade (local, test, staging or production: the host serving this "
						+ "document)")
				.extensions(Map.of("x-internal", true)))
			.info(new Info().title("Journey facade API").version("v1").description("""
					A small, typed REST API for the customer journeys of Dynamics 365 Customer Insights – Journeys, \
					backed by Dataverse: outbound-marketing journeys under `/api/v1/journeys` and real-time journeys \
					under `/api/v1/realtime-journeys`, with the same vocabulary, paging, problems and permissions.

					Microsoft removed outbound marketing during 2026: new, copied or restored environments never have \
					it, and where it has been removed its journeys no longer go live (a published journey stays \
					GOING_LIVE). Where an environment has no outbound marketing at all, the outbound endpoints answer \
					503 `outbound-marketing-unavailable` and the real-time ones work as usual.

					Enums are strings, dates are ISO-8601 (UTC: to the minute for outbound journeys, to the second for \
					real-time ones), ids are GUIDs. Every error is an \
					RFC 9457 problem (`application/problem+json`) with a stable `type`, the field errors of a \
					400 in `errors`, and the request's correlation id in `requestId` (also in the `X-Request-Id` \
					response header; send your own `X-Request-Id` to choose it)."""));
	}

	@Bean
	OpenApiCustomizer problemDetailsOpenApiCustomizer() {
		return openApi -> {
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
			if (openApi.getPaths() == null) {
				return;
			}
			for (PathItem path : openApi.getPaths().values()) {
				for (Operation operation : path.readOperations()) {
					if (operation.getResponses() == null) {
						operation.setResponses(new ApiResponses());
					}
					addUpstreamFailures(operation.getResponses());
					operation.getResponses().forEach((code, response) -> {
						if (code.startsWith("4") || code.startsWith("5") || code.equals("default")) {
							response.setContent(new Content().addMediaType(PROBLEM_JSON, new MediaType()
								.schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
						}
					});
				}
			}
		};
	}

	/**
	 * Failures no operation can rule out: the service behind it, and the service itself.
	 */
	private static void addUpstreamFailures(ApiResponses responses) {
		responses.putIfAbsent("500",
				new ApiResponse().description("Unexpected error; quote the requestId when reporting it."));
		responses.putIfAbsent("502", new ApiResponse()
			.description("Dataverse failed, could not be reached, or refused this service's credentials."));
		responses.putIfAbsent("503",
				new ApiResponse()
					.description("Dataverse is throttling this service, or too many calls are in progress; "
							+ "try again after Retry-After seconds.")
					.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again.")
						.schema(OpenApiBounds.bounded(new IntegerSchema().minimum(BigDecimal.ONE)))));
		responses.putIfAbsent("504", new ApiResponse().description("Dataverse did not answer in time."));
	}

	/**
	 * The type's description: every {@link ProblemType} with its status and title, so the
	 * document lists what callers switch on. A list in words, not an {@code enum}: a type
	 * added later must not break a client generated from this version.
	 */
	static String problemTypes() {
		StringBuilder text = new StringBuilder("Stable problem type; a URN starting with ")
			.append(ProblemType.TYPE_PREFIX)
			.append(". This version answers with:");
		for (ProblemType type : ProblemType.values()) {
			text.append("\n- `")
				.append(type.type())
				.append("` (")
				.append(type.status().value())
				.append(", ")
				.append(type.title())
				.append(")");
		}
		return text.toString();
	}

	private static Schema<?> problemSchema() {
		Map<String, Schema> properties = new TreeMap<>();
		properties.put("type",
				new StringSchema().format("uri")
					.description(problemTypes())
					.example(ProblemType.VALIDATION_FAILED.type().toString()));
		properties.put("title",
				new StringSchema().description("Short summary of the problem type.").example("Invalid request"));
		properties.put("status",
				new IntegerSchema().minimum(BigDecimal.valueOf(100))
					.maximum(BigDecimal.valueOf(599))
					.description("HTTP status code.")
					.example(400));
		properties.put("detail", new StringSchema().description("What went wrong in this occurrence, for humans.")
			.example("2 fields are invalid."));
		properties.put("instance",
				new StringSchema().format("uri-reference")
					.description("The request path.")
					.example("/api/v1/journeys"));
		properties.put("requestId",
				new StringSchema().maxLength(CorrelationIdFilter.MAX_LENGTH)
					.description("Correlation id of the request (X-Request-Id).")
					.example("4f9c1a9e-2b7d-4c1e-9f3a-8d6b5e4c3a21"));
		properties.put("traceId",
				new StringSchema().pattern("^[0-9a-f]{32}$")
					.maxLength(TRACE_ID_LENGTH)
					.description("Trace id of the request (W3C trace context), as in every log line of it; absent when "
							+ "tracing is off.")
					.example("4bf92f3577b34da6a3ce929d0e0e4736"));
		properties.put("errors", new ArraySchema().description("For a 400 about the input: every bad field and why.")
			.items(new ObjectSchema()
				.addProperty("field",
						new StringSchema().description("The field or parameter, e.g. `recurrence.count`.")
							.example("endsAt"))
				.addProperty("reason",
						new StringSchema().description("What is wrong with it.").example("must be after startsAt"))
				.addProperty("rejectedValue", new StringSchema().description("The value sent, when short and simple.")
					.example("2019-01-01T00:00:00Z"))));
		properties.put("dataverseCode",
				new StringSchema().description("Dataverse's error code, when Dataverse gave one.")
					.example("0x80040217"));
		properties.put("dataverseRequestId", new StringSchema()
			.description("Dataverse's x-ms-service-request-id of the failing call, for Microsoft support."));
		properties.put("journeyStatus",
				new StringSchema().description("For a journey status conflict (409): the journey's current status.")
					.example("LIVE"));
		properties.put("allowedStatuses", new ArraySchema().items(new StringSchema())
			.description("For a journey status conflict (409): the statuses that allow the operation."));
		properties.put("validation", new Schema<>().$ref("#/components/schemas/ValidationReport")
			.description("For a real-time create Dataverse refused (409 journey-name-taken, 422 journey-not-created): "
					+ "what its check found."));
		Schema<?> schema = new ObjectSchema().description("An RFC 9457 problem detail; more properties may appear.")
			.additionalProperties(true);
		schema.setProperties(properties);
		return OpenApiBounds.bounded(schema);
	}

}
