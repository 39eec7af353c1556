//! Names a candidate may use for the same thing, each mapped to one usual
//! form: how speech recognition spells English terms in Chinese (瑞迪斯 for
//! Redis), and the English name of a Chinese term (coroutine for 协程).
//! Terms in the bank's annotations go through the same table, so an
//! annotation may use either form.
//!
//! Variants are written normalized (lowercase ASCII, no spaces). At each
//! place the first variant that matches wins, so a longer variant must come
//! before a shorter one it starts with.

pub const ALIASES: &[(&str, &[&str])] = &[
    // Products, as zh-CN recognition tends to write them.
    (
        "redis",
        &["瑞迪斯", "雷迪斯", "锐迪斯", "瑞地斯", "瑞滴斯", "热迪斯"],
    ),
    (
        "django",
        &["姜戈", "姜狗", "将狗", "江狗", "降狗", "姜果", "蒋戈"],
    ),
    ("flask", &["弗拉斯克", "福拉斯克", "弗拉斯卡"]),
    ("celery", &["赛勒瑞", "色勒瑞", "塞勒里", "赛勒里", "芹菜"]),
    (
        "mysql",
        &["买色扣", "麦色扣", "迈斯扣", "买sql", "麦sql", "my sql"],
    ),
    ("python", &["派森", "派桑", "拍森", "派松"]),
    ("docker", &["道克", "多克", "刀客", "到客"]),
    ("nginx", &["恩金克斯", "引擎x", "恩静克斯", "engine x"]),
    ("kubernetes", &["库伯内特斯", "酷伯内特斯", "k8s", "k8"]),
    ("kafka", &["卡夫卡"]),
    ("rabbitmq", &["rabbit mq", "兔子mq"]),
    ("gil", &["全局解释器锁", "鸡儿", "基尔"]),
    ("mvcc", &["多版本并发控制"]),
    ("orm", &["对象关系映射"]),
    ("sql", &["色扣"]),
    // Concepts: the English names interviewers and candidates mix in.
    ("协程", &["coroutines", "coroutine", "协成"]),
    ("线程", &["threads", "thread"]),
    ("进程", &["processes", "process"]),
    ("事务", &["transactions", "transaction"]),
    ("索引", &["indexes", "indices", "index"]),
    ("缓存", &["caches", "cache"]),
    ("队列", &["queues", "queue"]),
    ("锁", &["locks", "lock"]),
    ("装饰器", &["decorators", "decorator"]),
    ("生成器", &["generators", "generator"]),
    ("迭代器", &["iterators", "iterator"]),
    ("中间件", &["middlewares", "middleware"]),
    ("序列化", &["serialization", "serialize"]),
    ("持久化", &["persistence"]),
    ("主从", &["master slave", "replica", "replicas"]),
    ("分片", &["sharding", "shards", "shard"]),
    ("哈希", &["hash"]),
    ("回滚", &["rollback"]),
    ("提交", &["commit"]),
    ("死锁", &["deadlock"]),
    ("幂等", &["idempotent", "idempotency"]),
    ("垃圾回收", &["garbage collection", "gc"]),
    ("引用计数", &["reference counting", "refcount"]),
    ("负载均衡", &["load balancing", "load balancer"]),
    ("反向代理", &["reverse proxy"]),
    ("容器", &["containers", "container"]),
    ("镜像", &["images", "image"]),
    ("事件循环", &["event loop"]),
    ("多路复用", &["multiplexing"]),
    ("单线程", &["single thread", "单个线程", "一个线程"]),
    ("多线程", &["multithreading", "multi thread"]),
    ("内存", &["memory"]),
];

#[cfg(test)]
mod tests {
    use super::ALIASES;

    #[test]
    fn every_variant_is_written_normalized_and_maps_to_one_form() {
        let mut seen = std::collections::HashSet::new();
        for (canonical, variants) in ALIASES {
            assert!(!canonical.is_empty());
            for v in *variants {
                assert_eq!(*v, v.to_lowercase(), "{v} is lowercase");
                assert!(seen.insert(*v), "{v} maps to one form only");
            }
        }
    }
}
