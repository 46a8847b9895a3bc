#!/usr/bin/env python3
"""Writes a synthetic plan file in the shape `reminders import` reads (a tab-separated PAAC table, like
samples/paac-2022-componente-3-rendicion-de-cuentas.tsv): a component title row, the header row, then ROWS activities in
subcomponents of 100, each with a product, one or two responsible offices out of OFFICES, and a due date in YEAR (one in
ten "Permanente", an ongoing duty). Used by bench/import.sh.
"""
import argparse, datetime, random

p = argparse.ArgumentParser()
p.add_argument("path")
p.add_argument("--rows", type=int, default=5000)
p.add_argument("--offices", type=int, default=8)
p.add_argument("--year", type=int, default=2022)
p.add_argument("--seed", type=int, default=10)
a = p.parse_args()

rng = random.Random(a.seed)
start = datetime.date(a.year, 1, 1)
offices = [f"Oficina {o:03d}" for o in range(a.offices)]
with open(a.path, "w", encoding="utf-8", newline="") as f:
    f.write("Componente I: Gestión del Riesgo de Corrupción\t\t\t\t\t\n")
    f.write("Sub-Componente\tActividades\tMeta o Producto\tResponsable\tFecha Programada\t\n")
    for i in range(a.rows):
        sub, item = i // 100 + 1, i % 100 + 1
        first = f"Sub-Componente No. {sub}. Política de administración del riesgo {sub}" if item == 1 else ""
        responsible = " - ".join(rng.sample(offices, 2 if rng.random() < 1 / 7 and a.offices > 1 else 1))
        due = "Permanente" if rng.random() < 0.1 else (start + datetime.timedelta(days=rng.randint(0, 364))).strftime("%d/%m/%Y")
        f.write(f"{first}\t{sub},{item}\tActividad {sub}.{item}: revisar y publicar el mapa de riesgos del proceso {i % 37}\t"
                f"Informe de seguimiento publicado en la página web\t{responsible}\t{due}\n")
