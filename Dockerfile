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
# A class-data archive from a training run makes later starts several times faster.
RUN java -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh -Dspring.profiles.active=postgres \
    -Dspring.flyway.enabled=false -Dspring.jpa.hibernate.ddl-auto=none \
    -Dspring.datasource.url=jdbc:h2:mem:cds -jar trainerpath-*.jar || true
EXPOSE 8080
# Heap as a share of the container's memory; add -XX:+UseSerialGC on one CPU, LOG_FORMAT=json for JSON logs.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75"
# exec: java gets the stop signal itself and shuts down gracefully (server.shutdown=graceful).
ENTRYPOINT ["sh", "-c", "exec java -XX:SharedArchiveFile=app.jsa -Xshare:auto $JAVA_OPTS -jar trainerpath-*.jar"]
