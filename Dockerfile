# Build with the Maven wrapper, then run the extracted jar on a JRE as a non-root user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/trainerpath-*.jar extract --destination /app

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home /app trainerpath
WORKDIR /app
COPY --from=build --chown=trainerpath /app /app
USER trainerpath
# A class-data archive from a training run (start, migrate an in-memory database, stop) makes later
# starts about twice as fast; bench/run.sh measures the same steps outside Docker.
RUN java -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh \
    -Dspring.datasource.url=jdbc:h2:mem:cds -jar trainerpath-*.jar
EXPOSE 8080
# Settings for a small instance (one or two CPUs), measured in bench/README.md: heap as a share of the
# container's memory, grown only as needed and given back; the quick JIT compiler only (less memory,
# no minutes of compiling on one CPU); freed native memory handed back. LOG_FORMAT=json for JSON logs.
ENV MALLOC_ARENA_MAX=2
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -Xms32m -XX:MaxHeapFreeRatio=20 -XX:MinHeapFreeRatio=10 -XX:TieredStopAtLevel=1 -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=2000"
# exec: java gets the stop signal itself and shuts down gracefully (server.shutdown=graceful).
ENTRYPOINT ["sh", "-c", "exec java -XX:SharedArchiveFile=app.jsa -Xshare:auto $JAVA_OPTS -jar trainerpath-*.jar"]
