package org.taskforce.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.taskforce.portal.access.PortalRole;
import org.taskforce.portal.audit.boundary.CurrentActor;
import org.taskforce.portal.taskforce.entity.TaskForce;
import org.taskforce.portal.tenancy.CoordinatorsOnly;
import org.taskforce.portal.tenancy.CurrentTaskForce;
import org.taskforce.portal.tenancy.NoTaskForceException;
import org.taskforce.portal.tenancy.NotCoordinatorException;
import org.taskforce.portal.tenancy.TaskForceBound;
import org.taskforce.portal.testsupport.As;
import org.taskforce.portal.testsupport.TestData;

/**
 * Every public method of every service (the {@code @Stateless} and {@code @Singleton} beans of the {@code boundary}
 * packages, found by CDI, so a new one cannot be forgotten) states who may call it, and refuses everyone else whatever
 * page calls it: called as each realm role, a {@code @RolesAllowed} method refuses the others; a
 * {@link CoordinatorsOnly} one refuses a member of the current task force; a {@link TaskForceBound} one refuses a call
 * without a task force. The methods are called with empty arguments: what they do then does not matter, only whether
 * the guard let the call through.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceRolesIT {

    /**
     * Who may call a method: realm roles ({@code null} for any), whether it says so ({@code @PermitAll}), and what it
     * needs of the current task force.
     */
    private record Guard(Set<String> roles, boolean permitAll, TaskForceNeed taskForce) {

        boolean states() {
            return roles != null || permitAll || taskForce != TaskForceNeed.NONE;
        }
    }

    private enum TaskForceNeed { NONE, MEMBER, COORDINATOR }

    private record Service(Object reference, Class<?> type, Method method, Guard guard) {

        @Override
        public String toString() {
            return type.getSimpleName() + "." + method.getName();
        }
    }

    @Inject
    BeanManager beanManager;

    @Inject
    As as;

    @Inject
    CurrentTaskForce currentTaskForce;

    @Inject
    CurrentActor currentActor;

    @Inject
    TestData testData;

    @Test
    void everyServiceMethodStatesWhoMayCallIt() {
        List<Service> services = services();
        List<String> unguarded = services.stream().filter(s -> !s.guard().states()).map(Service::toString).toList();

        assertTrue(services.size() > 30, "the services were found: " + services);
        assertEquals(List.of(), unguarded, "service methods that do not say who may call them "
                + "(@RolesAllowed, @PermitAll, @TaskForceBound, @CoordinatorsOnly)");
    }

    @Test
    void everyServiceMethodRefusesWhomItIsNotFor() {
        List<Service> services = services();
        currentActor.act(TestData.ACTOR);
        List<String> wrong = new ArrayList<>();
        int calls = 0;

        // Without a task force: methods that work in one refuse, whoever calls.
        for (Service service : services) {
            if (service.guard().taskForce() != TaskForceNeed.NONE) {
                calls++;
                expect(service, PortalRole.COORDINATOR, NoTaskForceException.class, wrong);
            }
        }
        // As a member of the current task force: the coordinators' methods refuse.
        TaskForce taskForce = testData.taskForce("roles");
        currentTaskForce.enter(taskForce.getId());
        for (Service service : services) {
            if (service.guard().taskForce() == TaskForceNeed.COORDINATOR) {
                calls++;
                expect(service, PortalRole.COORDINATOR, NotCoordinatorException.class, wrong);
            }
        }
        // As its coordinator, in each realm role: only the roles a method allows get through.
        currentTaskForce.enterAsCoordinator(taskForce.getId());
        for (Service service : services) {
            for (String role : PortalRole.ALL) {
                calls++;
                boolean allowed = service.guard().roles() == null || service.guard().roles().contains(role);
                expect(service, role, allowed ? null : EJBAccessException.class, wrong);
            }
        }
        System.out.printf("Service roles: %d methods of %d services, %d calls, %d wrong%n", services.size(),
                services.stream().map(Service::type).distinct().count(), calls, wrong.size());
        assertEquals(List.of(), wrong);
    }

    /**
     * Calls the method as the role and checks the refusal: {@code refusal} is the exception expected, or {@code null}
     * when none of the guards' refusals may come (any other outcome, such as a validation error, is fine).
     */
    private void expect(Service service, String role, Class<? extends RuntimeException> refusal, List<String> wrong) {
        Throwable thrown = call(service, role);
        Class<?> got = thrown == null ? null : thrown.getClass();
        boolean refused = isRoleRefusal(thrown) || thrown instanceof NotCoordinatorException
                || thrown instanceof NoTaskForceException;
        boolean expected = refusal == EJBAccessException.class ? isRoleRefusal(thrown) : refusal != null
                && refusal.isInstance(thrown);
        if (refusal == null ? refused : !expected) {
            wrong.add(service + " as " + role + ": expected " + (refusal == null ? "no refusal" : refusal.getSimpleName())
                    + ", got " + (got == null ? "nothing" : got.getSimpleName()));
        }
    }

    /** The container's refusal of a role: Payara throws AccessLocalException for a local (no-interface) view. */
    private static boolean isRoleRefusal(Throwable thrown) {
        return thrown instanceof EJBAccessException || thrown instanceof AccessLocalException;
    }

    private Throwable call(Service service, String role) {
        Object[] arguments = Arrays.stream(service.method().getParameterTypes()).map(ServiceRolesIT::empty).toArray();
        try {
            as.role(role, () -> {
                try {
                    return service.method().invoke(service.reference(), arguments);
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            });
            return null;
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause instanceof EJBException && !isRoleRefusal(cause) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause;
        }
    }

    private static Object empty(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type.isPrimitive()) {
            throw new IllegalArgumentException("no empty value for " + type);
        }
        return null;
    }

    /** The services' public methods, by service and method name. */
    private List<Service> services() {
        List<Service> services = new ArrayList<>();
        for (Bean<?> bean : beanManager.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            boolean service = type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class);
            if (!service || !type.getPackageName().contains(".boundary")) {
                continue;
            }
            Object reference = beanManager.getReference(bean, type, beanManager.createCreationalContext(bean));
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic()) {
                    services.add(new Service(reference, type, method, guardOf(type, method)));
                }
            }
        }
        services.sort(Comparator.comparing(Service::toString));
        return services;
    }

    /** A method's own {@code @RolesAllowed} or {@code @PermitAll} wins over its class's, as in the container. */
    private static Guard guardOf(Class<?> type, Method method) {
        boolean onMethod = method.isAnnotationPresent(RolesAllowed.class) || method.isAnnotationPresent(PermitAll.class);
        RolesAllowed allowed = onMethod ? method.getAnnotation(RolesAllowed.class) : type.getAnnotation(RolesAllowed.class);
        boolean permitAll = onMethod ? method.isAnnotationPresent(PermitAll.class) : type.isAnnotationPresent(PermitAll.class);
        TaskForceNeed need = method.isAnnotationPresent(CoordinatorsOnly.class)
                || type.isAnnotationPresent(CoordinatorsOnly.class) ? TaskForceNeed.COORDINATOR
                : method.isAnnotationPresent(TaskForceBound.class) || type.isAnnotationPresent(TaskForceBound.class)
                        ? TaskForceNeed.MEMBER : TaskForceNeed.NONE;
        return new Guard(allowed == null ? null : Set.of(allowed.value()), permitAll, need);
    }
}
