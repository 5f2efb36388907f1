{{/* Chart name, cut to the 63 characters Kubernetes allows in a name. */}}
{{- define "journey-facade.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Full resource name: the release name, plus the chart name unless the release already contains it. */}}
{{- define "journey-facade.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "journey-facade.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "journey-facade.labels" -}}
helm.sh/chart: {{ include "journey-facade.chart" . }}
{{ include "journey-facade.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "journey-facade.selectorLabels" -}}
app.kubernetes.io/name: {{ include "journey-facade.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "journey-facade.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "journey-facade.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "journey-facade.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{/* The Secret holding DATAVERSE_CLIENT_SECRET: the operator's, or the one this chart creates. */}}
{{- define "journey-facade.secretName" -}}
{{- default (include "journey-facade.fullname" .) .Values.dataverse.existingSecret }}
{{- end }}

{{/* The Secret holding JOURNEY_PAGE_TOKEN_KEYS: the operator's, or the one this chart creates. */}}
{{- define "journey-facade.pageTokenSecretName" -}}
{{- default (include "journey-facade.fullname" .) .Values.pageTokens.existingSecret }}
{{- end }}

{{- define "journey-facade.pageTokenSecretKey" -}}
{{- if .Values.pageTokens.existingSecret }}
{{- .Values.pageTokens.existingSecretKey }}
{{- else }}
{{- "page-token-keys" }}
{{- end }}
{{- end }}

{{/* Labels of the `helm test` pod: the release's, never the Service's selector. */}}
{{- define "journey-facade.testLabels" -}}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: connection-test
{{- end }}

{{- define "journey-facade.secretKey" -}}
{{- if .Values.dataverse.existingSecret }}
{{- .Values.dataverse.existingSecretKey }}
{{- else }}
{{- "client-secret" }}
{{- end }}
{{- end }}

{{/* Pods wanted at least: what the PodDisruptionBudget is decided on. */}}
{{- define "journey-facade.minPods" -}}
{{- if .Values.autoscaling.enabled }}
{{- .Values.autoscaling.minReplicas }}
{{- else }}
{{- .Values.replicaCount }}
{{- end }}
{{- end }}

{{/*
Refuses values the pods could not start or stop cleanly with, naming the value to set.
values.schema.json checks each value's shape; these checks span several values. The check for
required values runs on install and upgrade (helm template included) only: `helm lint` renders the
chart's own values, where the required ones are empty by design (an operator's values file or --set
supplies them).
*/}}
{{- define "journey-facade.validate" -}}
{{- if or .Release.IsInstall .Release.IsUpgrade }}
{{- $missing := list }}
{{- if not .Values.dataverse.url }}{{ $missing = append $missing "dataverse.url (DATAVERSE_URL)" }}{{ end }}
{{- if not .Values.dataverse.tenantId }}{{ $missing = append $missing "dataverse.tenantId (DATAVERSE_TENANT_ID)" }}{{ end }}
{{- if not .Values.dataverse.clientId }}{{ $missing = append $missing "dataverse.clientId (DATAVERSE_CLIENT_ID)" }}{{ end }}
{{- if not (or .Values.dataverse.existingSecret .Values.dataverse.clientSecret .Values.dataverse.workloadIdentity.enabled) }}{{ $missing = append $missing "dataverse.existingSecret (a Secret with the client secret), dataverse.clientSecret or dataverse.workloadIdentity.enabled" }}{{ end }}
{{- if not (or .Values.pageTokens.existingSecret .Values.pageTokens.keys) }}{{ $missing = append $missing "pageTokens.existingSecret (a Secret with the page-token keys, JOURNEY_PAGE_TOKEN_KEYS) or pageTokens.keys" }}{{ end }}
{{- if not (or .Values.auth.issuerUri .Values.auth.jwkSetUri) }}{{ $missing = append $missing "auth.issuerUri (AUTH_ISSUER_URI) or auth.jwkSetUri (AUTH_JWK_SET_URI)" }}{{ end }}
{{- if not .Values.auth.audience }}{{ $missing = append $missing "auth.audience (AUTH_AUDIENCE)" }}{{ end }}
{{- if $missing }}
{{- fail (printf "journey-facade: required values are missing: %s" (join ", " $missing)) }}
{{- end }}
{{- end }}
{{- if and .Values.dataverse.existingSecret .Values.dataverse.clientSecret }}
{{- fail "journey-facade: set dataverse.existingSecret or dataverse.clientSecret, not both" }}
{{- end }}
{{- if and .Values.dataverse.workloadIdentity.enabled (or .Values.dataverse.existingSecret .Values.dataverse.clientSecret) }}
{{- fail "journey-facade: with dataverse.workloadIdentity.enabled there is no client secret: drop dataverse.existingSecret and dataverse.clientSecret" }}
{{- end }}
{{- if and .Values.pageTokens.existingSecret .Values.pageTokens.keys }}
{{- fail "journey-facade: set pageTokens.existingSecret or pageTokens.keys, not both" }}
{{- end }}
{{- if le (int .Values.terminationGracePeriodSeconds) (add .Values.shutdown.preStopSleepSeconds .Values.shutdown.drainTimeoutSeconds | int) }}
{{- fail (printf "journey-facade: terminationGracePeriodSeconds (%d) must exceed shutdown.preStopSleepSeconds + shutdown.drainTimeoutSeconds (%d), or Kubernetes kills requests still draining" (int .Values.terminationGracePeriodSeconds) (add .Values.shutdown.preStopSleepSeconds .Values.shutdown.drainTimeoutSeconds | int)) }}
{{- end }}
{{- end }}
