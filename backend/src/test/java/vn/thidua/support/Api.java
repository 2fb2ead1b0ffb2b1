package vn.thidua.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Requests as a given actor. {@link #as} validates request and response against the committed
 * ../openapi.yaml; {@link #raw} sends deliberately bad requests and still validates the responses.
 */
public final class Api {

    public static final Path CONTRACT = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();
    private static final OpenApiValidationFilter STRICT = filter(false);
    private static final OpenApiValidationFilter RESPONSES_ONLY = filter(true);

    private Api() {
    }

    public static RequestSpecification as(Actor actor) {
        return authorised(given().filter(STRICT), actor);
    }

    /** As the holder of this bearer token (validated like {@link #as}). */
    public static RequestSpecification withToken(String token) {
        return as(Actor.ANONYMOUS).header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification raw(Actor actor) {
        return authorised(given().filter(RESPONSES_ONLY), actor);
    }

    public static RequestSpecification unvalidated(Actor actor) {
        return authorised(given(), actor);
    }

    private static RequestSpecification authorised(RequestSpecification spec, Actor actor) {
        spec = spec.contentType(ContentType.JSON).accept(ContentType.JSON);
        String token = actor.token();
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    private static OpenApiValidationFilter filter(boolean responsesOnly) {
        String spec;
        try {
            spec = Files.readString(CONTRACT);
        } catch (IOException e) {
            throw new IllegalStateException("Contract not found at " + CONTRACT, e);
        }
        // DELETE answers 204 without a body, so the JSON Accept header every request sends is moot there.
        LevelResolver.Builder levels = LevelResolver.create()
                .withLevel("validation.request.accept.notAllowed", ValidationReport.Level.IGNORE);
        if (responsesOnly) {
            levels.withLevel("validation.request", ValidationReport.Level.IGNORE);
        }
        return new OpenApiValidationFilter(OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                .withLevelResolver(levels.build()).build());
    }
}
