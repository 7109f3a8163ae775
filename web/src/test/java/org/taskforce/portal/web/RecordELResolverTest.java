package org.taskforce.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.el.ELProcessor;
import jakarta.el.PropertyNotFoundException;
import jakarta.el.PropertyNotWritableException;
import org.junit.jupiter.api.Test;

/** Pages can read record components as properties, and cannot write them. */
class RecordELResolverTest {

    public record Place(String city, String department) {
    }

    private final ELProcessor el = new ELProcessor();

    RecordELResolverTest() {
        el.getELManager().addELResolver(new RecordELResolver());
        el.defineBean("place", new Place("Encarnación", "Itapúa"));
    }

    @Test
    void readsComponents() {
        assertEquals("Encarnación", el.eval("place.city"));
        assertEquals("Itapúa, Encarnación", el.eval("place.department += ', ' += place.city"));
    }

    @Test
    void refusesWritesAndUnknownNames() {
        assertThrows(PropertyNotWritableException.class, () -> el.setValue("place.city", "Asunción"));
        assertThrows(PropertyNotFoundException.class, () -> el.eval("place.country"));
    }

    @Test
    void leavesOtherObjectsToTheOtherResolvers() {
        RecordELResolver resolver = new RecordELResolver();
        assertNull(resolver.getCommonPropertyType(null, "not a record"));
        assertEquals(Boolean.TRUE, el.eval("place.city.length() > 0"));
    }
}
