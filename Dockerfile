# Build: the Maven wrapper with a JDK 21, then the fast-jar on a JRE 21 runtime.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY openapi openapi
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 --home-dir /app vanban \
    && mkdir -p /data && chown vanban /data
WORKDIR /app
COPY --from=build --chown=vanban /src/target/quarkus-app/ /app/
COPY --chown=vanban corpus /app/corpus
ENV VANBAN_DATA_DIR=/data \
    VANBAN_CORPUS_DIR=/app/corpus
VOLUME /data
USER vanban
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/quarkus-run.jar"]
