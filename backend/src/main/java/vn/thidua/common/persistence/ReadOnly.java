package vn.thidua.common.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * A read that changes nothing: its own transaction (one consistent snapshot for all its statements)
 * whose Hibernate session is read-only and never flushed, so entities are loaded without snapshots
 * and nothing is dirty-checked at commit. Called inside a write's transaction it simply joins it
 * (the write's session stays as it is). Use it instead of {@code @Transactional} on every service
 * method that only reads; docs/performance.md has the pattern.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface ReadOnly {
}
