using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reminders.Worker.Outbox;

/// <summary>Writes (and reads) a kind or state in JSON as the word the outbox stores for it (<see cref="StoredNames"/>).</summary>
public sealed class StoredNameConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        StoredNames.Parse<T>(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(StoredNames.Of(value));
    }
}
