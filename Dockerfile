# Build: the Maven wrapper with a JDK 25, then the jar on a JDK 25 runtime (25 for the ahead-of-time cache).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY openapi openapi
RUN ./mvnw -B -q -DskipTests package

# The runtime is the JDK image, not the JRE: a JRE image is not sure to hold incubator modules, and
# vanban.jvm-options says when to read jdk.incubator.vector (Lucene's SIMD postings code); the JVM refuses to start
# with that line and without the module.
FROM eclipse-temurin:25-jdk
RUN useradd --system --uid 10001 --home-dir /app vanban \
    && mkdir -p /data && chown vanban /data
WORKDIR /app
COPY --from=build --chown=vanban /src/target/quarkus-app/ /app/
COPY --chown=vanban src/main/jvm/vanban.jvm-options /app/vanban.jvm-options
COPY --chown=vanban corpus /app/corpus
# MALLOC_ARENA_MAX: two malloc arenas instead of up to 8 per core (see vanban.jvm-options for the JVM options)
ENV VANBAN_DATA_DIR=/data \
    VANBAN_CORPUS_DIR=/app/corpus \
    MALLOC_ARENA_MAX=2
USER vanban
# The training run for the JVM's ahead-of-time cache, on this image's own JRE (a cache only fits the JVM and
# the jars it was made with): start on a scratch data directory without ingesting, exit once ready. A start only:
# the serve and bench profiles also train on searches (src/test/java/org/vanban/bench/AotTraining.java), with test
# code this image does not hold.
RUN java @/app/vanban.jvm-options -XX:AOTCacheOutput=/app/vanban.aot -Dvanban.exit-when-ready=true \
        -Dvanban.ingest-corpus-at-startup=false -Dvanban.data-dir=/tmp/aot-training -Dquarkus.http.port=0 \
        -jar /app/quarkus-run.jar \
    && rm -rf /tmp/aot-training
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080"]
ENTRYPOINT ["java", "@/app/vanban.jvm-options", "-XX:AOTCache=/app/vanban.aot", "-jar", "/app/quarkus-run.jar"]
