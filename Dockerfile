# Build with the Maven wrapper, then run the extracted jar on a JRE as a non-root user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/trainerpath-*.jar extract --destination /app

# Built for Java 17, run on Java 25: its ahead-of-time cache starts the portal fastest (bench/README.md).
FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --home /app trainerpath
WORKDIR /app
COPY --from=build --chown=trainerpath /app /app
USER trainerpath
EXPOSE 8080
# Settings for a small instance (one or two CPUs), measured in bench/README.md: heap as a share of the
# container's memory, grown only as needed and given back; the quick JIT compiler only (less memory,
# no minutes of compiling on one CPU); freed native memory handed back. LOG_FORMAT=json for JSON logs.
ENV MALLOC_ARENA_MAX=2
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -Xms32m -XX:MaxHeapFreeRatio=20 -XX:MinHeapFreeRatio=10 -XX:TieredStopAtLevel=1 -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=2000"
# An ahead-of-time cache from a training run (start, migrate an in-memory database, stop): later
# starts find the classes already loaded and linked. bench/run.sh measures the same steps without Docker.
RUN java $JAVA_OPTS -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh \
    -Dspring.datasource.url=jdbc:h2:mem:training -jar trainerpath-*.jar
# exec: java gets the stop signal itself and shuts down gracefully (server.shutdown=graceful).
ENTRYPOINT ["sh", "-c", "exec java -XX:AOTCache=app.aot $JAVA_OPTS -jar trainerpath-*.jar"]
