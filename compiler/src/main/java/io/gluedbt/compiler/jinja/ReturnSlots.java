package io.gluedbt.compiler.jinja;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * dbt's {@code return(value)}: Jinjava macros return their rendered text, so each macro call pushes a
 * slot here and {@code return()} fills the innermost one; the macro then yields the value itself.
 */
final class ReturnSlots {
    private static final ThreadLocal<Deque<Slot>> SLOTS = ThreadLocal.withInitial(ArrayDeque::new);

    private ReturnSlots() {}

    static Slot push() {
        Slot slot = new Slot();
        SLOTS.get().push(slot);
        return slot;
    }

    static void pop() {
        SLOTS.get().pop();
    }

    /** Called by the {@code return} function. */
    public static String returnValue(Object value) {
        Slot slot = SLOTS.get().peek();
        if (slot == null) {
            throw new IllegalStateException("return() used outside a macro");
        }
        if (!slot.filled) {
            slot.value = value;
            slot.filled = true;
        }
        return "";
    }

    static final class Slot {
        private Object value;
        private boolean filled;

        boolean filled() {
            return filled;
        }

        Object value() {
            return value;
        }
    }
}
