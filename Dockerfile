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
# Then the jar is split into its layers (dependencies change less often than our classes, so they cache), as
# plain jars: app.jar with its libraries in lib/ on its manifest class path, started with java -jar, no
# launcher and no nested jars. Class data sharing (below) needs that form: the JVM archives classes from jars
# on the class path only.
RUN ./mvnw -B -q package -Dmaven.test.skip=true \
    && cp target/journey-facade-*.jar app.jar \
    && java -Djarmode=tools -jar app.jar extract --layers --destination extracted

# ---- runtime stage: JRE only ----
FROM eclipse-temurin:17-jre
WORKDIR /app
# Least to most often changing, one image layer each.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
# Structured JSON logs (Elastic Common Schema, MDC included, so every line of a request carries its
# requestId) on stdout in the container; outside it the default stays plain text. The banner is off so
# that stdout holds JSON only.
ENV LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs \
    SPRING_MAIN_BANNER_MODE=off
# Class data sharing (https://docs.spring.io/spring-boot/reference/packaging/class-data-sharing.html): a
# training run starts the application up to the refreshed context and exits, the JVM archiving every class it
# loaded into application.jsa; each start maps the archive instead of loading and verifying those classes
# again. Placeholder settings let the context start; .invalid hosts (RFC 2606) can never be reached, and
# nothing is called before the context is refreshed. Same JVM options as the entry point.
RUN DATAVERSE_URL=https://training.invalid DATAVERSE_TENANT_ID=training DATAVERSE_CLIENT_ID=training \
    DATAVERSE_CLIENT_SECRET=training JOURNEY_PAGE_TOKEN_KEYS=training-key-only-for-the-archive-run \
    AUTH_JWK_SET_URI=https://training.invalid/keys AUTH_AUDIENCE=training \
    java -XX:ArchiveClassesAtExit=application.jsa -Dspring.context.exit=onRefresh \
        -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp -jar app.jar
# Files stay root-owned and read-only to the process; it runs as an unprivileged numeric user (Kubernetes'
# runAsNonRoot can only verify a numeric user) and writes nothing but /tmp, so the root filesystem can be
# mounted read-only with an emptyDir on /tmp.
USER 10001:10001
EXPOSE 8080
# Heap as a share of the container's memory limit; exit on OOM so Kubernetes restarts the pod instead of
# leaving a half-dead JVM; temp files (Tomcat's work dir included) under /tmp; the class data archive of the
# training run (a JVM that cannot use it, say after a JRE update, warns and starts without it).
# More JVM options: JDK_JAVA_OPTIONS.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=application.jsa", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", \
            "-Djava.io.tmpdir=/tmp", "-jar", "app.jar"]
