package latentlab.data;

/** A train/test pair. Both data sets are independent copies. */
public record Split(Dataset train, Dataset test) {
    public Split {
        if (train == null || test == null) {
            throw latentlab.tensor.Failure.in("Split").argument(train == null ? "train" : "test")
                    .expected("a Dataset").got("null").exception();
        }
        if (train.dim() != test.dim()) {
            throw latentlab.tensor.Failure.in("Split").argument("test").expected("D=" + train.dim() + " like train")
                    .got("D=" + test.dim()).exception();
        }
    }

    @Override
    public String toString() {
        return "Split[train=" + train + ", test=" + test + "]";
    }
}
