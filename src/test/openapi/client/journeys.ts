// A typed client as a frontend writes one: the types are generated from the facade's OpenAPI document
// (openapi-typescript), the calls made with openapi-fetch, the whole compiled with tsc --strict (check.sh).
// A change of the document that breaks these calls breaks the build.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/api";

type Journey = components["schemas"]["Journey"];
type JourneyPage = components["schemas"]["JourneyPage"];
type Problem = components["schemas"]["ProblemDetail"];

const journeys = createClient<paths>({ baseUrl: "https://journeys-api.example.com" });

/** A page of live and draft journeys whose name contains the text. */
export async function liveOrDraft(text: string): Promise<JourneyPage | Problem> {
  const { data, error } = await journeys.GET("/api/v1/journeys", {
    params: { query: { status: ["LIVE", "DRAFT"], q: text, orderBy: "name:asc", pageSize: 20 } },
  });
  return data ?? error;
}

/** Renames a journey and stops its recurrence: the merge patch sends recurrence as null. */
export async function renameAndStopRecurring(id: string, etag: string): Promise<Journey | Problem> {
  const { data, error } = await journeys.PATCH("/api/v1/journeys/{id}", {
    params: { path: { id }, header: { "If-Match": etag } },
    headers: { "Content-Type": "application/merge-patch+json" },
    body: { name: "Spring newsletter (2027)", recurrence: null, suppressionSegmentId: null },
  });
  return data ?? error;
}

/** Creates a draft that can be retried safely. */
export async function createDraft(key: string): Promise<Journey | Problem> {
  const { data, error } = await journeys.POST("/api/v1/journeys", {
    params: { header: { "Idempotency-Key": key } },
    body: { name: "Spring newsletter", requiredConsent: "MARKETING", recurrence: { intervalDays: 30, count: 3 } },
  });
  return data ?? error;
}

/** Publishes a journey; a problem names the statuses that allow it. */
export async function publish(id: string, etag: string): Promise<string[]> {
  const { data, error } = await journeys.POST("/api/v1/journeys/{id}/publish", {
    params: { path: { id }, header: { "If-Match": etag } },
  });
  return data ? [data.status ?? "UNKNOWN"] : (error?.allowedStatuses ?? []);
}

/** The templates a real-time journey can start from. */
export async function templates(): Promise<string[]> {
  const { data } = await journeys.GET("/api/v1/realtime-journey-templates", { params: { query: { pageSize: 50 } } });
  return (data?.items ?? []).map((template) => template.name ?? template.id ?? "");
}

// What the types refuse, so the checks above are not vacuous:
export async function refused(id: string): Promise<void> {
  // @ts-expect-error a status the API does not have
  await journeys.GET("/api/v1/journeys", { params: { query: { status: ["RUNNING"] } } });
  // @ts-expect-error recurrence must be an object or null
  await journeys.PATCH("/api/v1/journeys/{id}", { params: { path: { id } }, body: { recurrence: "never" } });
  // @ts-expect-error a path the API does not have
  await journeys.GET("/api/v1/campaigns");
}
