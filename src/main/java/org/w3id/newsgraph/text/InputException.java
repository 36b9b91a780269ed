package org.w3id.newsgraph.text;

/** An input file that cannot be read as an article; the message is one line meant for the user. */
public class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}
