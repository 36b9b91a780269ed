package org.w3id.newsgraph.cli;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.w3id.newsgraph.export.ExportFormat;
import org.w3id.newsgraph.query.ResultFormat;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --format} values by the formats' own parsers (any case, file extensions too), so a wrong value is one
 * line naming the choices ({@link UsageErrors} prints it as it is), not picocli's enum message and the usage.
 */
abstract class FormatConverter<F> implements ITypeConverter<F> {
    private final Function<String, F> parse;
    private final Object[] known;

    FormatConverter(Function<String, F> parse, Object[] known) {
        this.parse = parse;
        this.known = known;
    }

    @Override
    public F convert(String value) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new UnknownFormat(value, known);
        }
    }

    /** {@code unknown format 'xyz' (choose from table, csv, tsv, json)}. */
    static final class UnknownFormat extends TypeConversionException {
        private static final long serialVersionUID = 1L;

        UnknownFormat(String value, Object[] known) {
            super("unknown format '" + value + "' (choose from "
                    + Arrays.stream(known).map(Object::toString).collect(Collectors.joining(", ")) + ")");
        }
    }

    /** {@code query --format}. */
    static final class Result extends FormatConverter<ResultFormat> {
        Result() {
            super(ResultFormat::parse, ResultFormat.values());
        }
    }

    /** {@code export --format} and {@code extract --format}. */
    static final class Export extends FormatConverter<ExportFormat> {
        Export() {
            super(ExportFormat::parse, ExportFormat.values());
        }
    }
}
