using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Cli;

/// <summary>The JSON shape of every <c>--json</c> output: camelCase, indented, Spanish text unescaped, kinds and states as the outbox stores them.</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new StoredNameConverter<MessageKind>(), new StoredNameConverter<OutboxState>() },
    };

    public static void Write<T>(TextWriter output, T value) => output.WriteLine(JsonSerializer.Serialize(value, Options));
}
