# Cairn's image: the same jar as `java -jar config/target/cairn.jar`, built from this repository.
#   docker build -t cairn:latest .
# An example: it is not built or run by Cairn's tests (deploy/ and docs/deploy.md say how it is used).

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -ntp -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /var/lib/cairn --create-home cairn
COPY --from=build /src/config/target/cairn.jar /opt/cairn/cairn.jar
USER 10001
WORKDIR /var/lib/cairn
# The local data directory: the embedded index and records when no shared store is configured, and the embedding
# models' native libraries (cache/) in every mode.
ENV CAIRN_DATA_DIR=/var/lib/cairn \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError"
VOLUME /var/lib/cairn
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/opt/cairn/cairn.jar"]
