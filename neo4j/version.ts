/** Neo4j Community 5.26: the last line that runs on Java 17. */
export const NEO4J_VERSION = '5.26.30';
/** Maven coordinates of the embedded DBMS; neo4j/pom.xml declares the same artifact. */
export const NEO4J_MAVEN_ARTIFACT = `org.neo4j:neo4j:${NEO4J_VERSION}`;
/** The Java release the launcher is compiled for, and the oldest Java that runs it. */
export const JAVA_RELEASE = 17;
