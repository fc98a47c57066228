from common import doc, emit, req_ids

CID = "b8-003"
DOS = "2026-01-22"

d1 = doc("d1", "infusion_record", DOS, """
ST. BRENDAN MEDICAL CENTER - OUTPATIENT INFUSION CENTER
Nursing Infusion Documentation                           Encounter: HOV 30099182217
Patient: MORROW, Glenda K.    DOB: 04/11/1958    Age: 67 y    Sex: F
Visit date: 01/22/2026    Chair: 7    Primary RN: Adaeze Nwosu, RN
Ordering provider: Samuel Feld, MD (Pulmonology)
Diagnosis: Alpha-1 antitrypsin deficiency (E88.01); panlobular emphysema (J43.1)
Allergies: Penicillin (hives)

Arrival: 8:58 AM    Ht: 162.6 cm    Wt: 72.5 kg (159 lb 13 oz) standing scale
Pre-assessment 9:10 AM: alert, oriented; lungs diminished bilat, no wheeze; SpO2 95% RA; denies fever or new cough
  T 36.6 C  HR 81  RR 18  BP 138/82

Medication order (verified by pharmacy 8:40 AM):
  Aralast NP (alpha1-proteinase inhibitor, human) 60 mg/kg IV weekly
  60 mg/kg x 72.5 kg = 4,350 mg; reconstitute per package insert; infuse at <= 0.08 mL/kg/min (5.8 mL/min)
  Pharmacy prepared: 1,000 mg vial x 4 (lot VA214017, exp 04/30/2027) + 500 mg vial x 1 (lot VA213889, exp 12/31/2026)
  Total reconstituted: 4,500 mg in 225 mL (20 mg/mL)

IV access: 22 g PIV L antecubital, 9:31 AM, 1 attempt, + blood return, flushed NS 10 mL

Administration:
  9:52 AM  Aralast NP infusion started via Alaris pump at 5.6 mL/min, 15-micron filter set
  10:05 AM HR 79  BP 134/80  SpO2 95%  no complaints
  10:20 AM HR 80  BP 132/78  SpO2 96%
  10:31 AM Infusion completed. Volume infused 217.5 mL = 4,350 mg Aralast NP administered.
  Remaining 7.5 mL (150 mg) in the 500 mg vial discarded in pharmaceutical waste bin - see waste attestation (witnessed).
  10:33 AM Line flushed NS 20 mL

Post-infusion 10:50 AM: T 36.7 C  HR 77  BP 130/76  SpO2 96% RA. No rash, pruritus, chest tightness or dyspnea.
PIV removed 10:52 AM, catheter intact, pressure dressing.
Discharged ambulatory 10:55 AM with husband. Next appointment 01/29/2026 9:30 AM.

Patient education: reviewed signs of delayed reaction (fever, chills, hives); verbalized understanding.

Electronically signed: Adaeze Nwosu, RN   01/22/2026 11:08 AM
""")

d2 = doc("d2", "other", DOS, """
CHARGE CAPTURE / CODING WORKSHEET - HOSPITAL OUTPATIENT INFUSION
Facility: St. Brendan Medical Center (TOB 131)     Account: 30099182217
Patient: MORROW, GLENDA K     DOS: 01/22/2026     Payer: Medicare Part B (primary) / Medigap Plan G (secondary)
Attending: Samuel Feld, MD (NPI on file)
ICD-10-CM: 1) E88.01  2) J43.1  3) Z87.891

LN | REV  | CPT/HCPCS | MOD | DESCRIPTION                                       | HCPCS UNITS | NDC (11)      | NDC QTY | CHARGE
---+------+-----------+-----+---------------------------------------------------+-------------+---------------+---------+----------
1  | 0260 | 96365     |     | IV infusion, ther/proph/diag; initial, up to 1 h  | 1           |               |         |   $486.00
2  | 0636 | J0256     |     | Inj alpha 1-proteinase inhibitor (human) NOS 10 mg| 400         | 00944-2815-02 | UN4     | $9,840.00
3  | 0636 | J0256     |     | Inj alpha 1-proteinase inhibitor (human) NOS 10 mg| 35          | 00944-2814-02 | UN1     |   $861.00
4  | 0636 | J0256     | JW  | Drug amount discarded/not administered            | 15          | 00944-2814-02 | UN1     |   $369.00

Unit check (coder):
  Administered 4,350 mg / 10 mg per unit = 435 units (lines 2 + 3 = 400 + 35)
  Discarded 150 mg / 10 mg per unit = 15 units (line 4, JW)
  NDC quantity is reported in vials (UN) and does not equal HCPCS units.
  Vial combination 4 x 1,000 mg + 1 x 500 mg = 4,500 mg is the smallest combination covering 4,350 mg.

+---------------------------- SINGLE-DOSE VIAL WASTE ATTESTATION ----------------------------+
| Drug: Aralast NP                       Vials opened: 1,000 mg x 4; 500 mg x 1 (4,500 mg)   |
| Dose administered: 4,350 mg            Amount discarded: 150 mg (7.5 mL @ 20 mg/mL)        |
| Reason: unused portion of single-use vial; not stable beyond 3 h after reconstitution      |
| Wasted by: A. Nwosu, RN  10:36 AM      Witness: L. Park, RN  10:36 AM                      |
| Lot(s): VA214017 (1 g), VA213889 (500 mg)                                                  |
+--------------------------------------------------------------------------------------------+

Coder notes:
- Legacy CDM item "J2252 ALPHA-1 PI PER 1 MG" was retired 10/2025; do not select.
- No modifier JZ on line 2/3 because waste was billed on line 4.
- Pre-bill edit passed 01/23/2026 07:15 (MUE, NCCI PTP, NDC-HCPCS crosswalk).
Prepared by: R. Duarte, CPC   01/23/2026
""")

d3 = doc("d3", "progress_note", "2025-12-10", """
ST. BRENDAN PULMONARY CLINIC - Follow-up Visit
Patient: Glenda K. Morrow    DOB 04/11/1958    Visit: 12/10/2025    Provider: Samuel Feld, MD

Interval history
Ms. Morrow returns for routine follow-up of alpha-1 antitrypsin deficiency with emphysema. She has been on weekly
Aralast NP at the St. Brendan infusion center since 02/2023. Over the past year she had one mild exacerbation
(07/2025, treated as outpatient) compared with four in the year before augmentation. Daily cough unchanged,
sputum scant and white. She walks 30 min most days. No hospitalizations. She tolerates infusions without reactions.
Quit smoking 2012 (28 pack-years). Works part-time as a bookkeeper.

Family history: father died at 61 of "emphysema"; one daughter tested - MZ carrier. Brother not tested.

Medications: Aralast NP 60 mg/kg IV weekly; umeclidinium/vilanterol 62.5/25 mcg 1 inh daily; albuterol PRN;
lisinopril 10 mg daily; calcium + D.

Exam: Wt 73.1 kg   BP 134/80   HR 78   SpO2 95% RA. Prolonged expiration, decreased breath sounds at bases.

Data
- Alpha-1 genotyping (2021, pre-treatment): Z allele 2 copies detected; S allele not detected.
- Serum AAT (2021, pre-treatment): 29 mg/dL by nephelometry (lab ref 90-200).
- CT chest 03/2024: panlobular emphysema, basal predominance, no bronchiectasis.
- PFT 11/2025: FEV1 0.98 L, 38% predicted; FEV1/FVC 0.42; DLCO 44%. FEV1 11/2024 was 1.01 L (39%).

Assessment and plan
1. Alpha-1 antitrypsin deficiency, PiZZ, with panlobular emphysema / COPD - responding to augmentation:
   fewer exacerbations (1 vs 4/yr) and FEV1 decline only 30 mL over 12 months. Continue Aralast NP 60 mg/kg weekly.
2. COPD maintenance: continue LAMA/LABA; pulmonary rehab refresher offered.
3. Hypertension: controlled.
Medicare Part B; no prior authorization required for this drug per our revenue cycle team.
Follow-up 6 months with PFTs.

Samuel Feld, MD    signed 12/10/2025 17:22
""")

chart = {
    "chart_id": CID,
    "date_of_service": DOS,
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "J0256", "units": 400, "modifiers": []},
        {"hcpcs": "J0256", "units": 35, "modifiers": []},
        {"hcpcs": "J0256", "units": 15, "modifiers": ["JW"]},
    ],
    "documents": [d1, d2, d3],
}

reqs = {r: "met" for r in req_ids("medicare")}
reqs["prior_authorization"] = "not_applicable"

gold = {
    "chart_id": CID,
    "profile": "medicare",
    "requirements": reqs,
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 29, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 38},
        {"kind": "fev1", "value": 39},
        {"kind": "weight", "value": 72.5, "unit": "kg", "value_kg": 72.5},
        {"kind": "weight", "value": 73.1, "unit": "kg", "value_kg": 73.1},
        {"kind": "dose", "value": 4350},
        {"kind": "wastage", "value": 150},
        {"kind": "lot_number", "value": "VA214017"},
        {"kind": "lot_number", "value": "VA213889"},
        {"kind": "expiration_date", "value": "2027-04-30"},
        {"kind": "expiration_date", "value": "2026-12-31"},
        {"kind": "infusion_start", "value": "09:52"},
        {"kind": "infusion_end", "value": "10:31"},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Aralast NP"},
    ],
    "notes": (
        "Complete Medicare chart with JW. Weight on DOS 72.5 kg (73.1 kg 12/10/2025 historical). 60 x 72.5 = 4350 = dose (0 %). "
        "Administered lines J0256 400 + 35 = 435 = ceil(4350/10). Waste 150 mg documented (RN note + attestation); "
        "JW 15 = floor(150/10) -> met; no JZ on the claim. Both lots expire after DOS. Genotype from 'Z allele 2 copies "
        "detected; S allele not detected' -> ZZ. Traps: calculated '60 mg/kg x 72.5 kg = 4,350 mg' (equal to dose, but the "
        "dose finding comes from 'administered'); reconstituted total 4,500 mg / 225 mL; vial sizes; NDC quantities UN4/UN1 "
        "vs HCPCS units; charges; retired CDM 'J2252 ... PER 1 MG' text (not a claim line); 12-hour times: arrival 8:58, "
        "pharmacy 8:40, pre-assessment 9:10, PIV 9:31, vitals 10:05/10:20/10:50, flush 10:33, waste 10:36, PIV out 10:52, "
        "discharge 10:55, next appt 9:30 AM; daughter MZ (family); father 'emphysema' (family); other drugs' doses; "
        "lab reference 90-200."
    ),
}

emit(chart, gold)
