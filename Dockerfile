# Image of the journey facade: built from source with the Maven wrapper, run as an exploded, layered
# Spring Boot application on a JRE. Build: docker build -t journey-facade .

# ---- build stage: JDK + Maven wrapper; nothing of it reaches the final image ----
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
# PEM certificates the build must trust beyond the JDK's own, for networks whose proxy inspects TLS on
# the way to Maven Central (docker build --build-arg EXTRA_CA_CERTS="$(cat corporate-ca.pem)"). Build stage
# only: the runtime image never sees them.
ARG EXTRA_CA_CERTS=""
RUN if [ -n "$EXTRA_CA_CERTS" ]; then \
      printf '%s\n' "$EXTRA_CA_CERTS" | awk '/BEGIN CERTIFICATE/ { n++ } n { print > ("/tmp/extra-ca-" n ".pem") }' \
      && for pem in /tmp/extra-ca-*.pem; do \
           keytool -importcert -noprompt -cacerts -storepass changeit -alias "$(basename "$pem" .pem)" -file "$pem" >/dev/null \
           && if [ -f /etc/ssl/certs/ca-certificates.crt ]; then cat "$pem" >> /etc/ssl/certs/ca-certificates.crt; fi; \
         done; \
    fi
# The wrapper and the pom first: the dependency download below is cached until pom.xml changes.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
# Tests run in CI (./mvnw verify), not in the image build; maven.test.skip also skips compiling them.
# Then the jar is split into its layers (dependencies change less often than our classes, so they cache),
# in the launcher layout: an exploded jar started by its launcher, no nested-jar overhead at start-up.
RUN ./mvnw -B -q package -Dmaven.test.skip=true \
    && cp target/journey-facade-*.jar app.jar \
    && java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

# ---- runtime stage: JRE only ----
FROM eclipse-temurin:17-jre
WORKDIR /app
# Least to most often changing, one image layer each.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
# Files stay root-owned and read-only to the process; it runs as an unprivileged numeric user (Kubernetes'
# runAsNonRoot can only verify a numeric user) and writes nothing but /tmp, so the root filesystem can be
# mounted read-only with an emptyDir on /tmp.
USER 10001:10001
ENV LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs \
    SPRING_MAIN_BANNER_MODE=off
# Structured JSON logs (Elastic Common Schema, MDC included, so every line of a request carries its
# requestId) on stdout in the container; outside it the default stays plain text. The banner is off so
# that stdout holds JSON only.
EXPOSE 8080
# Heap as a share of the container's memory limit; exit on OOM so Kubernetes restarts the pod instead of
# leaving a half-dead JVM; temp files (Tomcat's work dir included) under /tmp. JarLauncher, as the jar's
# manifest says. More JVM options: JDK_JAVA_OPTIONS.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=/tmp", \
            "org.springframework.boot.loader.launch.JarLauncher"]
