package dev.dataverseemulator.odata;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recursive-descent parser for the {@code $filter} subset the facade sends, checked
 * against the entity's property types as it parses (an unknown property or incompatible
 * operands is Dataverse's 400, code {@code 0x80060888}).
 *
 * <pre>
 * filter     := or EOF
 * or         := and ("or" and)*
 * and        := unary ("and" unary)*
 * unary      := "not" unary | primary
 * primary    := "(" or ")" | "true" | "false" | function | comparison
 * comparison := property ("eq"|"ne"|"gt"|"ge"|"lt"|"le") literal
 * function   := ("contains"|"startswith"|"endswith") "(" property "," string ")"
 *             | "Microsoft.Dynamics.CRM.In" "(" "PropertyName" "=" string "," "PropertyValues" "=" "[" string ("," string)* "]" ")"
 *             | "Microsoft.Dynamics.CRM.NotIn" (the same)
 * literal    := 'text' (quote doubled inside) | number | guid | datetime | "true" | "false" | "null"
 * </pre>
 */
public final class FilterParser {

	private static final Pattern GUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final Pattern DATETIME = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

	private final String text;

	private final PropertyTypes types;

	private final List<Token> tokens;

	private int pos;

	private FilterParser(String text, PropertyTypes types) {
		this.text = text;
		this.types = types;
		this.tokens = tokenize(text);
	}

	/**
	 * Parses {@code text} (already percent-decoded) for an entity with these property
	 * types.
	 */
	public static Filter parse(String text, PropertyTypes types) {
		FilterParser parser = new FilterParser(text, types);
		Filter filter = parser.or();
		parser.expect(TokenType.EOF);
		return filter;
	}

	private Filter or() {
		List<Filter> parts = new ArrayList<>(List.of(and()));
		while (peekKeyword("or")) {
			pos++;
			parts.add(and());
		}
		return parts.size() == 1 ? parts.get(0) : new Filter.Or(List.copyOf(parts));
	}

	private Filter and() {
		List<Filter> parts = new ArrayList<>(List.of(unary()));
		while (peekKeyword("and")) {
			pos++;
			parts.add(unary());
		}
		return parts.size() == 1 ? parts.get(0) : new Filter.And(List.copyOf(parts));
	}

	private Filter unary() {
		if (peekKeyword("not")) {
			pos++;
			return new Filter.Not(unary());
		}
		return primary();
	}

	private Filter primary() {
		Token t = peek();
		if (t.type == TokenType.LPAREN) {
			pos++;
			Filter inner = or();
			expect(TokenType.RPAREN);
			return inner;
		}
		if (t.type != TokenType.IDENTIFIER) {
			throw syntaxError(t);
		}
		if (tokens.get(pos + 1).type == TokenType.LPAREN) {
			return function();
		}
		if ((t.text.equals("true") || t.text.equals("false")) && !isOperator(tokens.get(pos + 1))) {
			pos++;
			return new Filter.Constant(Boolean.parseBoolean(t.text));
		}
		return comparison();
	}

	private Filter comparison() {
		Token property = next();
		EdmType type = typeOf(property.text);
		Token op = next();
		if (!isOperator(op)) {
			throw syntaxError(op);
		}
		Filter.Operator operator = Filter.Operator.valueOf(op.text.toUpperCase(Locale.ROOT));
		Literal literal = literal();
		return new Filter.Comparison(property.text, type, operator, literal.coerce(type, operator.kind()));
	}

	private Literal literal() {
		Token t = next();
		return switch (t.type) {
			case STRING -> Literal.string((String) t.value);
			case NUMBER -> Literal.number((BigDecimal) t.value);
			case GUID -> Literal.guid((UUID) t.value);
			case DATETIME -> Literal.dateTime((Instant) t.value);
			case IDENTIFIER -> switch (t.text) {
				case "true" -> Literal.bool(true);
				case "false" -> Literal.bool(false);
				case "null" -> Literal.nullValue();
				default -> throw syntaxError(t);
			};
			default -> throw syntaxError(t);
		};
	}

	private Filter function() {
		Token name = next();
		expect(TokenType.LPAREN);
		return switch (name.text) {
			case "contains" -> like(name.text, "%", "%");
			case "startswith" -> like(name.text, "", "%");
			case "endswith" -> like(name.text, "%", "");
			case "Microsoft.Dynamics.CRM.In" -> in(false);
			case "Microsoft.Dynamics.CRM.NotIn" -> in(true);
			default -> throw DataverseError.badQuery("An unknown function with name '" + name.text + "' was found. "
					+ "This may also be a function import or a key lookup on a navigation property, which is not allowed.");
		};
	}

	private Filter like(String function, String before, String after) {
		Token property = expect(TokenType.IDENTIFIER);
		if (typeOf(property.text) != EdmType.STRING) {
			throw DataverseError.badQuery("No function signature for the function with name '" + function
					+ "' matches the specified arguments. The function signatures considered are: " + function
					+ "(Edm.String Nullable=true, Edm.String Nullable=true).");
		}
		expect(TokenType.COMMA);
		String pattern = (String) expect(TokenType.STRING).value;
		expect(TokenType.RPAREN);
		return new Filter.Like(property.text, LikePattern.of(before + pattern + after));
	}

	private Filter in(boolean negated) {
		String property = null;
		List<String> rawValues = null;
		for (int i = 0; i < 2; i++) {
			if (i > 0) {
				expect(TokenType.COMMA);
			}
			Token param = expect(TokenType.IDENTIFIER);
			expect(TokenType.EQUALS);
			switch (param.text) {
				case "PropertyName" -> property = (String) expectString().value;
				case "PropertyValues" -> rawValues = stringList();
				default -> throw syntaxError(param);
			}
		}
		expect(TokenType.RPAREN);
		if (property == null || rawValues == null) {
			throw DataverseError.badQuery("Microsoft.Dynamics.CRM.In needs PropertyName and PropertyValues.");
		}
		EdmType type = typeOf(property);
		List<Object> values = new ArrayList<>();
		for (String raw : rawValues) {
			values.add(convert(raw, type, property));
		}
		return new Filter.In(property, type, List.copyOf(values), negated);
	}

	private List<String> stringList() {
		expect(TokenType.LBRACKET);
		List<String> values = new ArrayList<>();
		if (peek().type != TokenType.RBRACKET) {
			values.add((String) expectString().value);
			while (peek().type == TokenType.COMMA) {
				pos++;
				values.add((String) expectString().value);
			}
		}
		expect(TokenType.RBRACKET);
		return values;
	}

	private static Object convert(String raw, EdmType type, String property) {
		try {
			return switch (type) {
				case STRING -> raw;
				case INT32 -> new BigDecimal(Integer.parseInt(raw.trim()));
				case BOOLEAN -> switch (raw.trim()) {
					case "true" -> true;
					case "false" -> false;
					default -> throw new IllegalArgumentException(raw);
				};
				case GUID -> UUID.fromString(raw.trim()).toString();
				case DATETIME -> {
					Instant t = Values.parseInstant(raw.trim());
					if (t == null) {
						throw new IllegalArgumentException(raw);
					}
					yield t;
				}
			};
		}
		catch (IllegalArgumentException e) {
			throw DataverseError.badQuery("The value '" + raw + "' is not valid for property '" + property
					+ "' of type '" + type.edmName() + "'.");
		}
	}

	private EdmType typeOf(String property) {
		return types.typeOf(property).orElseThrow(() -> types.unknownProperty(property));
	}

	private boolean isOperator(Token t) {
		return t.type == TokenType.IDENTIFIER && switch (t.text) {
			case "eq", "ne", "gt", "ge", "lt", "le" -> true;
			default -> false;
		};
	}

	private boolean peekKeyword(String keyword) {
		Token t = peek();
		return t.type == TokenType.IDENTIFIER && t.text.equals(keyword);
	}

	private Token peek() {
		return tokens.get(pos);
	}

	private Token next() {
		Token t = tokens.get(pos);
		if (t.type != TokenType.EOF) {
			pos++;
		}
		return t;
	}

	private Token expect(TokenType type) {
		Token t = next();
		if (t.type != type) {
			throw syntaxError(t);
		}
		return t;
	}

	private Token expectString() {
		Token t = next();
		if (t.type != TokenType.STRING && t.type != TokenType.JSON_STRING) {
			throw syntaxError(t);
		}
		return t;
	}

	private DataverseError syntaxError(Token at) {
		return syntaxError(at.position, text);
	}

	private static DataverseError syntaxError(int position, String text) {
		return DataverseError.badQuery("Syntax error at position " + position + " in '" + text + "'.");
	}

	// --- tokenizer
	// ---------------------------------------------------------------------------------

	private enum TokenType {

		IDENTIFIER, STRING, JSON_STRING, NUMBER, GUID, DATETIME, LPAREN, RPAREN, COMMA, EQUALS, LBRACKET, RBRACKET, EOF

	}

	private record Token(TokenType type, String text, Object value, int position) {
	}

	private static List<Token> tokenize(String text) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			TokenType single = switch (c) {
				case '(' -> TokenType.LPAREN;
				case ')' -> TokenType.RPAREN;
				case ',' -> TokenType.COMMA;
				case '=' -> TokenType.EQUALS;
				case '[' -> TokenType.LBRACKET;
				case ']' -> TokenType.RBRACKET;
				default -> null;
			};
			if (single != null) {
				tokens.add(new Token(single, String.valueOf(c), null, i));
				i++;
			}
			else if (c == '\'') {
				i = quoted(text, i, tokens);
			}
			else if (c == '"') {
				i = jsonString(text, i, tokens);
			}
			else {
				i = word(text, i, tokens);
			}
		}
		tokens.add(new Token(TokenType.EOF, "", null, n));
		tokens.add(new Token(TokenType.EOF, "", null, n)); // one look-ahead past the end
															// is always safe
		return tokens;
	}

	/** {@code 'O''Brien'}: a quote inside is doubled. */
	private static int quoted(String text, int start, List<Token> tokens) {
		StringBuilder value = new StringBuilder();
		int i = start + 1;
		while (true) {
			if (i >= text.length()) {
				throw DataverseError
					.badQuery("There is an unterminated string literal at position " + start + " in '" + text + "'.");
			}
			char c = text.charAt(i);
			if (c == '\'') {
				if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
					value.append('\'');
					i += 2;
					continue;
				}
				tokens.add(new Token(TokenType.STRING, text.substring(start, i + 1), value.toString(), start));
				return i + 1;
			}
			value.append(c);
			i++;
		}
	}

	/** {@code "192350001"} inside {@code PropertyValues=[…]}: JSON string syntax. */
	private static int jsonString(String text, int start, List<Token> tokens) {
		StringBuilder value = new StringBuilder();
		int i = start + 1;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '"') {
				tokens.add(new Token(TokenType.JSON_STRING, text.substring(start, i + 1), value.toString(), start));
				return i + 1;
			}
			if (c == '\\' && i + 1 < text.length()) {
				char e = text.charAt(i + 1);
				switch (e) {
					case 'n' -> value.append('\n');
					case 't' -> value.append('\t');
					case 'r' -> value.append('\r');
					case 'b' -> value.append('\b');
					case 'f' -> value.append('\f');
					case 'u' -> {
						if (i + 6 > text.length()) {
							throw syntaxError(i, text);
						}
						try {
							value.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
						}
						catch (NumberFormatException ex) {
							throw syntaxError(i, text);
						}
						i += 4;
					}
					default -> value.append(e);
				}
				i += 2;
				continue;
			}
			value.append(c);
			i++;
		}
		throw DataverseError
			.badQuery("There is an unterminated string literal at position " + start + " in '" + text + "'.");
	}

	private static int word(String text, int start, List<Token> tokens) {
		Matcher m;
		if ((m = region(GUID, text, start)) != null) {
			tokens.add(new Token(TokenType.GUID, m.group(), UUID.fromString(m.group()), start));
		}
		else if ((m = region(DATETIME, text, start)) != null) {
			Instant t = Values.parseInstant(m.group());
			if (t == null) {
				throw syntaxError(start, text);
			}
			tokens.add(new Token(TokenType.DATETIME, m.group(), t, start));
		}
		else if ((m = region(NUMBER, text, start)) != null) {
			tokens.add(new Token(TokenType.NUMBER, m.group(), new BigDecimal(m.group()), start));
		}
		else if ((m = region(IDENTIFIER, text, start)) != null) {
			tokens.add(new Token(TokenType.IDENTIFIER, m.group(), null, start));
		}
		else {
			throw syntaxError(start, text);
		}
		return m.end();
	}

	/**
	 * The pattern at {@code start}, only when it ends at a word boundary (so
	 * {@code 12abc} is no number).
	 */
	private static Matcher region(Pattern pattern, String text, int start) {
		Matcher m = pattern.matcher(text).region(start, text.length());
		if (!m.lookingAt()) {
			return null;
		}
		if (m.end() < text.length()) {
			char after = text.charAt(m.end());
			if (Character.isLetterOrDigit(after) || after == '_' || after == '-' || after == '.') {
				return null;
			}
		}
		return m;
	}

}
