using System.Buffers.Binary;

/// <summary>
/// The stored messages bench/delivery.sh writes for the floors: each as a little-endian 32-bit length and its bytes.
/// Shared by DeliveryFloor and MailKitFloor (linked there), so both send exactly the same messages.
/// </summary>
internal static class MessageFile
{
    public static List<byte[]> Read(string path)
    {
        var all = File.ReadAllBytes(path).AsSpan();
        var messages = new List<byte[]>();
        while (all.Length >= 4)
        {
            var length = BinaryPrimitives.ReadInt32LittleEndian(all);
            messages.Add(all.Slice(4, length).ToArray());
            all = all[(4 + length)..];
        }

        return messages;
    }
}
