package dev.newsgraph.parse;

public enum DocumentFormat {
    AUTO, HTML, TEXT
}
