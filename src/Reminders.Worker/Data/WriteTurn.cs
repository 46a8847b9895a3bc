namespace Reminders.Worker.Data;

/// <summary>A turn at writing the database (<see cref="ConnectionFactory.TakeWriteTurnAsync"/>), given up when disposed.</summary>
public readonly struct WriteTurn : IDisposable, IEquatable<WriteTurn>
{
    private readonly SemaphoreSlim? _turn;

    internal WriteTurn(SemaphoreSlim? turn) => _turn = turn;

    public void Dispose() => _turn?.Release();

    public bool Equals(WriteTurn other) => ReferenceEquals(_turn, other._turn);

    public override bool Equals(object? obj) => obj is WriteTurn other && Equals(other);

    public override int GetHashCode() => _turn?.GetHashCode() ?? 0;

    public static bool operator ==(WriteTurn left, WriteTurn right) => left.Equals(right);

    public static bool operator !=(WriteTurn left, WriteTurn right) => !left.Equals(right);
}
