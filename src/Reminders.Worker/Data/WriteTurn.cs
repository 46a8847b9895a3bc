namespace Reminders.Worker.Data;

/// <summary>A turn at writing the database (<see cref="ConnectionFactory.TakeWriteTurnAsync"/>), given up when disposed.</summary>
internal readonly struct WriteTurn(SemaphoreSlim? turn) : IDisposable
{
    public void Dispose() => turn?.Release();
}
