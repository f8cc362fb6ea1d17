"""Builds given_names.tsv from the U.S. Census Bureau's 1990 "frequently occurring
first names" lists (dist.male.first, dist.female.first: public domain).

    pip download names==0.3.0 --no-deps --no-binary :all: && tar xzf names-0.3.0.tar.gz
    python3 given_names.py names-0.3.0/names > given_names.tsv
"""
import sys
D=sys.argv[1].rstrip('/')+'/'
def load(f):
    out={}
    for l in open(D+f):
        p=l.split()
        out[p[0].capitalize()]=float(p[1])
    return out
m=load('dist.male.first'); f=load('dist.female.first')
# Names whose sex differs across the languages and countries the news covers.
EITHER=set('''Andrea Ashley Billie Carol Dominique Evelyn Gabriele Daniele Hilary Jackie Jan Jean
Joan Jocelyn Kim Kerry Leslie Lindsay Mel Michele Nicola Nicky Sacha Sasha Shirley Simone Toni
Vivian Beverley Carey Alexis Jody Sandy Lee Robin Jordan Chris Pat Terry Dana Lynn Marion Morgan
Kelly Shannon Tracy Stacy Beryl Beverly Courtney Meredith Whitney Aubrey Stevie Frankie
Bobbie Gale Carroll Sidney'''.split())
rows=[]
for n in sorted(set(m)|set(f)):
    a,b=m.get(n,0.0),f.get(n,0.0)
    share=a/(a+b)
    if max(a,b)<0.005: continue
    s='M' if share>=0.9 else 'F' if share<=0.1 else 'E'
    if n in EITHER: s='E'
    rows.append((n,s))
hdr='''# Given names and the sex they usually name, for telling people from other names and
# for fitting "he" and "she" to the right person.
# Columns (tab-separated): name	sex (M: male, F: female, E: either)
# Source: U.S. Census Bureau, 1990 census, "Frequently Occurring First Names"
# (dist.male.first, dist.female.first; public domain, as redistributed in the PyPI
# package names 0.3.0; built by given_names.py). Only names given to at least 1 in
# 20,000 people of either sex: rarer ones, often from other languages, tell little.
# A name is M or F when at least 90% of its census frequency is of that sex, else E;
# names whose sex differs in British or other European use (Hilary, Lindsay, Beryl,
# Andrea, Nicola, Jean, Dominique, Kim, ...) are E.
'''
sys.stdout.write(hdr)
for n,s in rows: sys.stdout.write(f'{n}\t{s}\n')
