# b7-008: multi-visit cumulative infusion log (4 weekly rows incl. a held week) + NP note with "last infusion"
# recap + earlier pulmonology note + 2018 genotype lab. Medicare Part B. Prolastin-C Liquid J0256 JZ. Complete.

LOG = """
CEDAR VALLEY INFUSION CLINIC                         CUMULATIVE THERAPY LOG
Patient: KOWALCZYK, BERNARD T    DOB 12/01/1952    MRN CV-118204
Therapy: PROLASTIN-C LIQUID (alpha1-proteinase inhibitor, human) 60 mg/kg IV q7 days
Prescriber: S. Adebayo-Lind, MD       Log period: 03/01/2026 - 03/31/2026
Vial sizes stocked: 4,000 mg/80 mL; 1,000 mg/20 mL; 500 mg/10 mL

DATE     | WT (kg) | DOSE GIVEN | VIAL / LOT / EXP                              | START | STOP  | WASTE | RN
---------+---------+------------+-----------------------------------------------+-------+-------+-------+----
03/03/26 | 84.1    | 5,000 mg   | 4 g PL8812A exp 04/30/26; 1 g PL7702B exp 09/30/26 | 09:05 | 09:23 | 0 mg  | AKL
03/10/26 | 84.4    | 5,000 mg   | 4 g PL8812A exp 04/30/26; 1 g PL7702B exp 09/30/26 | 09:11 | 09:30 | 0 mg  | AKL
03/17/26 | --      | HELD       | not opened - returned to stock                 | --    | --    | --    | MDT
         |  T 38.4 C, URI sx x2 days; Dr. Adebayo-Lind notified 08:52, hold x1 wk
03/24/26 | 82.9    | 5,000 mg   | 4 g PL9140C exp 10/31/26; 1 g PL7702B exp 09/30/26 | 09:17 | 09:36 | 0 mg  | AKL
03/31/26 |         |            |                                               |       |       |       |

VISIT DETAIL 03/24/2026 (A. Kline-Larsen, RN)
Arrived 08:58. T 36.9  HR 74  BP 128/74  RR 16  SpO2 95% RA (09:02).
URI symptoms resolved per pt; lungs at baseline. Afebrile x 5 days.
PIV 22g R forearm 09:08. Verified dose 5,000 mg (1 x 4 g vial + 1 x 1 g vial) with
second RN (M. Tran). Pump 0.08 mL/kg/min = 6.6 mL/min; 100 mL total.
Infusion started 09:17, completed 09:36. Both vials emptied, no drug discarded.
Post VS 09:45: HR 72 BP 124/72 SpO2 96%. No reaction. PIV out 09:48. Left 09:55.
Next due 03/31/2026 09:00.

Key: AKL = A. Kline-Larsen RN; MDT = M. D. Tran RN. Vitals per visit on iView flowsheet.
Standing order expires 06/30/2026 - renew at June pulmonology visit.
Premedication: none (no prior reactions). Anaphylaxis kit checked 03/24 (exp 11/2026).
"""

NP = """
CEDAR VALLEY PULMONARY - INFUSION DAY NOTE
Date of service: 03/24/2026
Patient: Bernard T. Kowalczyk, 73 y.o. M     Provider: Rhea Castellanos, NP

Reason for visit: weekly augmentation, post-URI recheck.

Last infusion: 03/10/2026 - Prolastin-C Liquid 5,000 mg, tolerated; 03/17 dose held for
fever 38.4 C with URI (COVID/flu swab negative). Today afebrile 5 days, cough improving,
sputum clear. No wheeze beyond baseline; did not need prednisone or antibiotics.

PMH: AATD (PI*ZZ, 2018) with emphysema; COPD GOLD 3; CAD s/p PCI 2017; T2DM (A1c 6.8%);
CKD 3a (eGFR 54).
Meds: Trelegy 1 inh daily, albuterol PRN, clopidogrel 75 mg daily, metoprolol succinate
25 mg daily, metformin 500 mg BID, rosuvastatin 20 mg, Prolastin-C Liquid weekly.
Tobacco: former, quit 2001 (45 pk-yr).

Vitals today (09:02): BP 128/74, HR 74, T 36.9, SpO2 95% RA.  Wt 82.9 kg (84.4 kg on 3/10).
Exam: mild bibasilar diminished BS, no crackles, no accessory muscle use.

A/P:
1. AATD with emphysema on weekly augmentation since 2019. Doing well on therapy: no
   exacerbation requiring steroids in the past 18 months and FEV1 stable at 1.02-1.06 L
   on serial spirometry (latest 12/2025, 39% predicted). Proceed with infusion today at
   5,000 mg (60 mg/kg = 4,974 mg at today's weight).
2. Resolved URI - no antibiotics needed.
3. Weight down 1.5 kg with URI - encourage intake; recheck next week.
RTC pulmonology 06/2026.

Rhea Castellanos, NP   03/24/2026 09:10
"""

OLD_NOTE = """
Cedar Valley Pulmonary - Office Visit - 12/02/2025
Patient: Kowalczyk, Bernard T      Provider: Sabine Adebayo-Lind, MD

HPI: 73M with alpha-1 antitrypsin deficiency (PI*ZZ) and emphysema, on Prolastin-C
Liquid since 2019, here for semiannual follow up. Stable. Tolerating weekly infusions.
One URI in 10/2025 managed at home.

Vitals: BP 132/76, HR 70, SpO2 94%, Wt 86.2 kg, Ht 180 cm.
Spirometry: FEV1 1.04 L (39% pred); FVC 2.88 L (71%); ratio 0.36.
Serum AAT trough 11/2025: 16.8 umol/L.

Exam: Pleasant, speaking full sentences. Lungs: diminished breath sounds, prolonged
expiration, no crackles. Heart: regular. Ext: trace ankle edema (amlodipine stopped 09/2025).
Labs 11/2025: Cr 1.31, eGFR 54, Hgb 13.8, A1c 6.8%.
Meds: Trelegy 100/62.5/25 daily, albuterol PRN, clopidogrel 75 mg, metoprolol succinate
25 mg, metformin 500 mg BID, rosuvastatin 20 mg, Prolastin-C Liquid weekly at clinic.

A/P:
1. AATD/emphysema - stable on augmentation. Continue Prolastin-C Liquid 60 mg/kg weekly
   (currently 5,000 mg). If weight falls below 75 kg, reduce to 4,500 mg.
2. COPD - continue Trelegy. Pneumococcal up to date.
3. CAD - per cardiology.
Return 6 months.
S. Adebayo-Lind, MD
"""

LAB = """
MIDWEST GENETIC REFERENCE LABORATORY
Alpha-1 Antitrypsin Genotyping (PCR, S and Z alleles) + Serum AAT
Patient: KOWALCZYK, BERNARD T     DOB 12/01/1952
Collected 07/23/2018    Reported 07/30/2018    Ordering: S. Adebayo-Lind, MD

Serum alpha-1 antitrypsin:  4.9 umol/L      Reference: 20.0 - 48.0 umol/L   (L)

SERPINA1 targeted genotyping:
  rs17580  c.863A>T  (PI*S)       Not detected
  rs28929474 c.1096G>A (PI*Z)     Homozygous (p.Glu366Lys / legacy Glu342Lys)
Genotype result: ZZ
Reference genotype: M/M (normal)
Interpretation: Homozygous for the Z allele; consistent with severe alpha-1 antitrypsin
deficiency. Rare and null alleles are not detected by this assay.

Method: Real-time PCR with melting-curve analysis (S and Z only). Serum AAT by
immunonephelometry (Siemens BN II). Conversion: 1 umol/L ~ 5.2 mg/dL (approximate).
Specimens: SST serum 2 mL; EDTA whole blood 3 mL. Received ambient 07/24/2018.
Genetic counseling is recommended for the patient and first-degree relatives.
This test was developed and its performance characteristics determined by Midwest
Genetic Reference Laboratory. It has not been cleared or approved by the FDA.
Electronically signed: Rosalind Meyer, PhD, DABMGG   07/30/2018 16:12
"""

CHART = {
    "chart_id": "b7-008",
    "date_of_service": "2026-03-24",
    "payer": {"profile": "medicare", "name": "Medicare Part B (WPS)"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 500, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-03-24", "text": LOG},
        {"id": "d2", "type": "progress_note", "date": "2026-03-24", "text": NP},
        {"id": "d3", "type": "progress_note", "date": "2025-12-02", "text": OLD_NOTE},
        {"id": "d4", "type": "lab_report", "date": "2018-07-30", "text": LAB},
    ],
}

GOLD = {
    "chart_id": "b7-008",
    "profile": "medicare",
    "requirements": {
        "aatd_diagnosis": "met",
        "genotype": "met",
        "serum_aat_level": "met",
        "lung_disease_evidence": "met",
        "patient_weight": "met",
        "dose_administered": "met",
        "dose_matches_weight": "met",
        "units_match_dose": "met",
        "wastage_documented": "met",
        "lot_number": "met",
        "expiration_date": "met",
        "infusion_times": "met",
        "response_to_therapy": "met",
        "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 4.9, "unit": "uM"},
        {"kind": "serum_aat", "value": 16.8, "unit": "uM"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 39},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "weight", "value": 84.1, "unit": "kg", "value_kg": 84.1},
        {"kind": "weight", "value": 84.4, "unit": "kg", "value_kg": 84.4},
        {"kind": "weight", "value": 82.9, "unit": "kg", "value_kg": 82.9},
        {"kind": "weight", "value": 86.2, "unit": "kg", "value_kg": 86.2},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
        {"kind": "dose", "value": 5000},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "PL9140C"},
        {"kind": "lot_number", "value": "PL7702B"},
        {"kind": "expiration_date", "value": "2026-10-31"},
        {"kind": "expiration_date", "value": "2026-09-30"},
        {"kind": "infusion_start", "value": "09:17"},
        {"kind": "infusion_end", "value": "09:36"},
        {"kind": "response_to_therapy"},
    ],
    "notes": (
        "Multi-visit log: only the 03/24/26 row and visit detail count for administration. Earlier rows (03/03, "
        "03/10: lot PL8812A exp 04/30/26, times 09:05-09:23 and 09:11-09:30) and the held 03/17 row are other "
        "visits: no dose/lot/expiration/time findings from them (the 1 g lot PL7702B is also used on 03/24, so it is "
        "a DOS lot). All measured weights are the patient's (84.1, 84.4, 82.9, 86.2 kg); nearest DOS = 82.9 kg. "
        "60 x 82.9 = 4974, tolerance 497.4 -> 4476.6..5471.4; dose 5000 -> met. J0256 ceil(5000/10) = 500 = billed; "
        "JZ + 'no drug discarded'/'0 mg' -> met. Lot exp 2026-10-31 and 2026-09-30 after DOS. "
        "Serum: 4.9 umol/L (2018) and trough 16.8 umol/L (11/2025) both findings; 4.9 < 11 -> met. "
        "Genotype: targeted PCR 'Homozygous' c.1096G>A -> ZZ; lab 'Reference genotype: M/M' is not a result. "
        "Traps: 'Last infusion 03/10/2026 - 5,000 mg' recap; 4 g/1 g vial sizes; 100 mL; 6.6 mL/min; arrival 08:58, "
        "VS 09:02/09:45, PIV 09:08/09:48, left 09:55, note signed 09:10, MD notified 08:52, next due 03/31 09:00; "
        "planned 'reduce to 4,500 mg' if weight <75 kg (hypothetical); calc 4,974 mg; clopidogrel 75 mg, metoprolol 25 mg, "
        "metformin 500 mg, rosuvastatin 20 mg; fever 38.4 C."
    ),
}
