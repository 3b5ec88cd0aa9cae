package org.eurasiadiplomacy.portal.testing;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.UnsatisfiedResolutionException;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.inject.spi.CDIProvider;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.security.enterprise.SecurityContext;
import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.List;
import org.eurasiadiplomacy.portal.accounts.FakeCaller;

/**
 * What {@code CDI.current()} finds in the data tests, which run without a container: the one bean code outside
 * CDI looks up, Jakarta Security's {@link SecurityContext}, answered by the test's signed-in {@link FakeCaller}.
 * Found through {@code META-INF/services} of the test class path only, so the revision listener credits the
 * caller there as the container does.
 */
public final class SignedInCdi extends CDI<Object> implements CDIProvider {

    @Override
    public CDI<Object> getCDI() {
        return this;
    }

    @Override
    public <U> Instance<U> select(Class<U> type, Annotation... qualifiers) {
        if (type != SecurityContext.class || qualifiers.length > 0) {
            throw new UnsatisfiedResolutionException("The data tests provide only the SecurityContext, not " + type);
        }
        @SuppressWarnings("unchecked")
        Instance<U> caller = (Instance<U>) this;
        return caller;
    }

    @Override
    public Object get() {
        return FakeCaller.current();
    }

    @Override
    public Instance<Object> select(Annotation... qualifiers) {
        throw new UnsatisfiedResolutionException("The data tests provide only the SecurityContext");
    }

    @Override
    public <U> Instance<U> select(TypeLiteral<U> type, Annotation... qualifiers) {
        throw new UnsatisfiedResolutionException("The data tests provide only the SecurityContext");
    }

    @Override
    public boolean isUnsatisfied() {
        return false;
    }

    @Override
    public boolean isAmbiguous() {
        return false;
    }

    @Override
    public void destroy(Object instance) {
        // the caller is the test's, not a bean's
    }

    @Override
    public Handle<Object> getHandle() {
        throw new UnsupportedOperationException("no bean handles in the data tests");
    }

    @Override
    public Iterable<? extends Handle<Object>> handles() {
        return List.of();
    }

    @Override
    public Iterator<Object> iterator() {
        return List.of(get()).iterator();
    }

    @Override
    public BeanManager getBeanManager() {
        throw new UnsupportedOperationException("no bean manager in the data tests");
    }
}
