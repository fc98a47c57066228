"""b20-008: medicare, complete. Style (4) intake/output + IV documentation sheet listing every IV volume
(flushes, NS carrier, the A1PI bag) with start/stop times and running totals; pulmonology note; molecular
lab report. Prolastin-C Liquid billed J2252 at 1 mg/unit (the guide's code table), JZ."""

CHART_ID = "b20-008"
DOS = "2026-02-10"
PAYER = {"profile": "medicare", "name": "Medicare Part B (WPS J8)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J2252", "units": 4500, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
OUTPATIENT INFUSION - INTAKE/OUTPUT & IV FLOWSHEET        Date: 02/10/2026
Name: KOWALCZYK, BERNARD J     MRN 03349127     DOB 11/02/1962     Room: INF-7
Allergies: penicillin (hives)     Code: Full     RN: Shonda Merritt (SM)
Weight: 169 lb 12 oz (77.0 kg), standing scale, 13:48     Height: 5'10"

IV SITE
  13:55  #20 g PIV L antecubital, 1 attempt, flushes easily          SM
  14:45  PIV removed, site clean/dry, no hematoma                    SM

IV INTAKE                      Vol     Start   Stop    Infused   Running IV total
  NS 0.9% flush (patency)      10 mL   13:57   13:57   10 mL      10 mL
  NS 0.9% 250 mL KVO carrier   250 mL  14:02   14:40   20 mL      30 mL
     rate 30 mL/h; remainder discarded w/ tubing
  Prolastin-C Liquid (A1PI)    90 mL   14:06   14:22   90 mL     120 mL
     = 4,000 mg/80 mL vial + 500 mg/10 mL vial; 4,500 mg infused
     pump 5.6 mL/min (0.07 mL/kg/min); both vials emptied, 0 mg wasted
     Lot 27N4K0061 (4,000 mg) exp 2026-12 / Lot 27N4K0019 (500 mg) exp 2026-08
     Vials moved to room temp 01/28/26 - discard-by 02/27/26 (1 month <=25 C)
  NS 0.9% flush (post)         10 mL   14:23   14:23   10 mL     130 mL
  NS 0.9% flush (pre-removal)  10 mL   14:44   14:44   10 mL     140 mL

ORAL INTAKE
  13:50  cola 12 oz                                  355 mL
  14:30  water                                       120 mL     oral total 475 mL

OUTPUT
  14:10  voided (urinal), clear                      400 mL     output total 400 mL

TOTALS THIS VISIT (13:45 - 14:50)
  IV 140 mL + oral 475 mL = intake 615 mL;  output 400 mL;  net +215 mL

VITAL SIGNS
  13:48  BP 148/86  HR 88  RR 18  T 98.4 F  SpO2 91% RA
  14:15  BP 144/84  HR 86  RR 18           SpO2 92%
  14:35  BP 139/80  HR 84  RR 16  T 98.6 F  SpO2 92%
Notes: no infusion reaction; pt ambulated to lobby 14:50 with wife.
Signed S. Merritt RN 02/10/2026 15:06
"""

D2 = """
PULMONOLOGY INFUSION VISIT NOTE                     02/10/2026
Bernard J. Kowalczyk, 63 y.o. M      Attending: Gregory Albrecht, MD

Subjective:
Here for weekly augmentation with Prolastin-C Liquid (at our infusion unit
since 09/2022). Alpha-1 antitrypsin deficiency with COPD and emphysema. Since
starting augmentation his exacerbations have fallen from about 3 per year to
1 in the past 12 months; he reports stable exercise tolerance on the
treadmill (20 min at 2.5 mph). Retired welder. Former smoker - 35 pack-years,
quit 2014. No fevers. Some ankle swelling in the evenings.

Objective:
  Vitals per nursing. Wt 77.0 kg (was 78.2 kg on 11/04/2025).
  Lungs: prolonged expiration, faint wheeze; no crackles. 1+ ankle edema.
  Spirometry 01/2026: FEV1 1.64 L, 49% predicted (post-BD); FEV1/FVC 0.47.
  Echo 2024: LVEF 55%, RVSP 38 mmHg.
  Labs (2018): AAT 0.34 g/L (ref 0.9-2.0); SERPINA1 - homozygous Z (see report).

Assessment & Plan:
1. AATD (E88.01), COPD (J44.9) with emphysema - improved exacerbation
   frequency on augmentation; continue Prolastin-C Liquid 60 mg/kg IV weekly.
   Today 4,500 mg per pharmacy (vial-size rounding; 60 x 77.0 = 4,620 mg).
2. Ankle edema - likely amlodipine 10 mg; reduce to 5 mg, recheck 2 weeks.
3. Would add roflumilast 500 mcg if exacerbations recur (not started).
4. Wife's sister has "alpha-1" per family (not related by blood; no testing).

Gregory Albrecht, MD   02/10/2026 15:40
"""

D3 = """
MOLECULAR GENETICS REPORT                    Summit Genomic Diagnostics
Patient: Kowalczyk, Bernard J    DOB 11/02/1962    Accession MG18-044712
Specimen: whole blood, collected 05/09/2018     Reported 05/21/2018
Test: SERPINA1 targeted genotyping (S, Z, I, F, Mmalton) + serum AAT

RESULTS
  Alpha-1 antitrypsin (nephelometry)       0.34 g/L     [0.90 - 2.00]   LOW
  SERPINA1 c.1096G>A (p.Glu366Lys), Z      HOMOZYGOUS
  SERPINA1 c.863A>T (p.Glu288Val), S       not detected
  SERPINA1 c.187C>T (p.Arg63Cys), I        not detected
  SERPINA1 c.739C>T (p.Arg247Cys), F       not detected
  SERPINA1 c.226_228del, Mmalton           not detected

INTERPRETATION
  Homozygous for the Z allele (legacy Glu342Lys): genotype PI*ZZ. This result
  is consistent with severe alpha-1 antitrypsin deficiency. First-degree
  relatives have a 25-50% chance of carrying at least one Z allele and should
  be offered testing.
Electronically signed: M. Castellano, PhD, FACMG
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-02-10", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-02-10", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2018-05-21", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "Alpha-1 antitrypsin deficiency with COPD and emphysema"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "genotype PI*ZZ"},
    {"kind": "serum_aat", "value": 0.34, "unit": "g/L", "_doc": "d3", "_ev": "Alpha-1 antitrypsin (nephelometry)       0.34 g/L"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d2", "_ev": "COPD (J44.9)"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "with COPD and emphysema"},
    {"kind": "weight", "value": 77.0, "unit": "kg", "value_kg": 77.0, "_date": "2026-02-10", "_doc": "d1", "_ev": "Weight: 169 lb 12 oz (77.0 kg)"},
    {"kind": "weight", "value": 78.2, "unit": "kg", "value_kg": 78.2, "_date": "2025-11-04", "_doc": "d2", "_ev": "was 78.2 kg on 11/04/2025"},
    {"kind": "dose", "value": 4500, "_doc": "d1", "_ev": "4,500 mg infused"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "0 mg wasted"},
    {"kind": "lot_number", "value": "27N4K0061", "_doc": "d1", "_ev": "Lot 27N4K0061 (4,000 mg)"},
    {"kind": "lot_number", "value": "27N4K0019", "_doc": "d1", "_ev": "Lot 27N4K0019 (500 mg)"},
    {"kind": "expiration_date", "value": "2026-12", "_doc": "d1", "_ev": "exp 2026-12"},
    {"kind": "expiration_date", "value": "2026-08", "_doc": "d1", "_ev": "exp 2026-08"},
    {"kind": "infusion_start", "value": "14:06", "_doc": "d1", "_ev": "90 mL   14:06   14:22"},
    {"kind": "infusion_end", "value": "14:22", "_doc": "d1", "_ev": "90 mL   14:06   14:22"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "improved exacerbation\n   frequency on augmentation"},
    {"kind": "drug_product", "value": "Prolastin-C Liquid", "_dos": True, "_doc": "d1", "_ev": "Prolastin-C Liquid (A1PI)"},
    {"kind": "fev1", "value": 49, "_doc": "d2", "_ev": "FEV1 1.64 L, 49% predicted (post-BD)"},
    {"kind": "smoking_status", "value": "former", "_doc": "d2", "_ev": "Former smoker - 35 pack-years"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
    "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
    "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
    "response_to_therapy": "met", "prior_authorization": "not_applicable", "code_selection": "met",
}

NOTES = """
Complete chart per the guide's code table: J2252 at 1 mg per unit, 4,500 units = 4,500 mg, JZ with '0 mg
wasted'. (facts.md: the CMS descriptor of J2252 is midazolam; a coder would confirm the code.) Weight in
lb and kg on one line is one finding (77.0 kg). Traps: NS flush/KVO rows with their own start/stop and
running totals (120/130/140 mL), IV/oral/output totals, PIV 13:55/14:45, void 14:10, vitals times; room-
temperature 'discard-by 02/27/26' is not the product expiration; calc 4,620 mg; amlodipine 10 -> 5 mg;
hypothetical roflumilast; LVEF/RVSP; relatives' 25-50 % carrier text; wife's sister 'alpha-1'.
"""

ARITH = {
    "weight_kg": 77.0, "weight_source": "d1 standing scale DOS (169 lb 12 oz)",
    "dose_mg": 4500, "target_mg": 4620.0, "pct_diff": -2.6, "within_10pct": True,
    "claim": [{"hcpcs": "J2252", "modifiers": ["JZ"], "billed": 4500, "expected": 4500}],
    "waste_mg": 0, "jw_units_expected": 0,
    "lots": [
        {"lot": "27N4K0061", "exp": "2026-12", "dos": DOS, "ok": True},
        {"lot": "27N4K0019", "exp": "2026-08", "dos": DOS, "ok": True},
    ],
}
