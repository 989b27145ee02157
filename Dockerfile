# Dateline: a two-stage image that builds the Quarkus application from source and runs it on a JRE.
#
#   docker build -t dateline .
#   docker run --rm -p 8080:8080 \
#     -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://db.example:5432/dateline \
#     -e QUARKUS_DATASOURCE_USERNAME=dateline -e QUARKUS_DATASOURCE_PASSWORD=... \
#     -e DATELINE_ADMIN_KEY=... dateline
#
# The base images can be replaced without editing this file (docs/container.md shows how to build with
# locally made Debian images and podman where no registry can be reached):
#   --build-arg BUILD_IMAGE=...    any image with a JDK 17 and tar (./mvnw fetches Maven 3.9.16 itself)
#   --build-arg RUNTIME_IMAGE=...  any Debian/Ubuntu-based image with a Java 17 runtime on the PATH
# podman/buildah: add --format docker, otherwise the OCI image format drops the HEALTHCHECK.

ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

############################################################ build
FROM ${BUILD_IMAGE} AS build
ENV LANG=C.UTF-8
WORKDIR /build

# 1. Maven wrapper and POM only: this layer (Maven 3.9.16 itself, every dependency, plugin and Quarkus
#    deployment artifact) is rebuilt only when pom.xml or the wrapper changes.
#    (dependency:go-offline fails on this project: it insists on optional Kotlin artifacts;
#    quarkus:go-offline + dependency:resolve-plugins is enough for an offline `package`.)
COPY mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
RUN chmod +x mvnw \
 && ./mvnw -B -q quarkus:go-offline dependency:resolve-plugins

# 2. The sources (see .dockerignore for what stays out), then the fast-jar in target/quarkus-app.
#    -o (offline): layer 1 holds everything `package` needs, and offline keeps it so (a build that would download
#    here fails instead of quietly reaching the network on every source change).
#    maven.test.skip: the tests are CI's job; the image does not compile them either.
#    No AppCDS archive (application.properties asks for one): it works only with the very JVM that wrote it, and
#    this stage's JDK is not the runtime stage's JRE, so writing it would only add a start of the application to
#    every build (the COPY lines below never took it).
COPY . .
RUN ./mvnw -B -o -Dmaven.test.skip=true -Dquarkus.package.jar.appcds.enabled=false package

############################################################ runtime
FROM ${RUNTIME_IMAGE}

# curl serves the HEALTHCHECK only (a Java-based check would start a JVM every interval).
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl ca-certificates \
 && apt-get clean \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 185 dateline \
 && useradd --system --uid 185 --gid 185 --home-dir /deployments --no-create-home \
      --shell /usr/sbin/nologin dateline

# The four parts of the Quarkus fast-jar, least often changed first. The files stay owned by root:
# the service (uid 185) can read but not modify its own code.
WORKDIR /deployments
COPY --from=build /build/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build /build/target/quarkus-app/*.jar /deployments/
COPY --from=build /build/target/quarkus-app/app/ /deployments/app/
COPY --from=build /build/target/quarkus-app/quarkus/ /deployments/quarkus/

# Configuration comes only from the environment at `docker run` time; nothing secret is baked in.
#   QUARKUS_DATASOURCE_JDBC_URL   PostgreSQL JDBC URL, e.g. jdbc:postgresql://db:5432/dateline
#                                 (Flyway migrates the schema at start-up)
#   QUARKUS_DATASOURCE_USERNAME   database user
#   QUARKUS_DATASOURCE_PASSWORD   database password
#   DATELINE_ADMIN_KEY            the first admin API key; unset = read-only service (no write possible)
#   DATELINE_SEED_DEMO            true = load the demo content (OSCE ministerial article) at start-up
#   QUARKUS_HTTP_PORT             listening port (default 8080; the HEALTHCHECK follows it)
#   JAVA_OPTS                     JVM options (defaults below); JAVA_OPTS_APPEND adds to them
# Any other Quarkus property can be set the same way (quarkus.log.level -> QUARKUS_LOG_LEVEL).
# LANG: Java 17 takes its default charset from the locale; without one it would be ASCII.
ENV LANG=C.UTF-8 \
    JAVA_OPTS="-XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError -Djava.util.logging.manager=org.jboss.logmanager.LogManager" \
    JAVA_OPTS_APPEND=""

USER 185:185
EXPOSE 8080

# Ready = HTTP up and the database reachable (SmallRye Health answers 503 otherwise).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS -o /dev/null --max-time 4 "http://127.0.0.1:${QUARKUS_HTTP_PORT:-8080}/q/health/ready" || exit 1

# exec: java becomes PID 1 and receives SIGTERM directly, so Quarkus shuts down gracefully.
ENTRYPOINT ["/bin/sh", "-c", "exec java $JAVA_OPTS $JAVA_OPTS_APPEND -jar /deployments/quarkus-run.jar \"$@\"", "dateline"]
