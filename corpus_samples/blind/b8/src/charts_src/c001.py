from common import doc, emit, req_ids

CID = "b8-001"
DOS = "2026-03-13"

d1 = doc("d1", "progress_note", DOS, """
# Visit Note: Pulmonary / Alpha-1 Clinic
*Drafted by ambient AI documentation assistant from the recorded visit; reviewed and edited by the clinician.*

**Patient:** HARLAN, Dwight R.  **MRN:** 00481937  **DOB:** 1961-07-22 (64 y)
**Date of service:** 03/13/2026  **Visit type:** Infusion-day follow-up (in person)
**Clinician:** Priya Natarajan, MD  **Recording consent:** obtained verbally

## Chief Complaint
Weekly augmentation infusion; 3-month alpha-1 follow-up.

## History of Present Illness
- 64-year-old man with **alpha-1 antitrypsin deficiency (PI*ZZ)** and panlobular emphysema on weekly IV augmentation with Prolastin-C Liquid since 06/2024.
- Reports he "feels like I'm breathing better" since the weekly infusions; no prednisone or antibiotic courses since last spring (last exacerbation 04/2025).
- Walks the dog ~1.5 miles daily, slower on hills. mMRC 1.
- Weight trending down: 81.2 kg in 09/2025; attributes it to cutting out evening snacks. Appetite good, no night sweats.
- His brother (59) was tested after the patient's diagnosis and is also PI*ZZ; a sister is PI*MZ. Neither is on treatment.
- Denies fever, chest pain, hemoptysis, leg swelling.

## Pertinent Results (reviewed today)
| Test | Result | Date | Comment |
|---|---|---|---|
| Alpha-1 antitrypsin (nephelometry) | 38 mg/dL | 05/14/2019 | ref 100-190 mg/dL; pre-treatment |
| A1AT phenotype (IEF) | ZZ | 05/14/2019 | |
| Spirometry, post-BD FEV1 | 1.62 L (52 % pred) | 01/08/2026 | FEV1/FVC 0.49 |
| Spirometry, post-BD FEV1 | 1.70 L (54 % pred) | 01/14/2025 | |
| CT chest | panlobular emphysema, lower-lobe predominant | 11/2024 | no nodules |

## Vitals (infusion chair)
| Time | BP | HR | SpO2 | RR | Temp |
|---|---|---|---|---|---|
| 09:05 | 132/78 | 76 | 94 % RA | 16 | 36.7 °C |
| 09:25 | 128/74 | 74 | 95 % RA | 16 | - |
| 09:45 | 130/76 | 72 | 95 % RA | 16 | 36.8 °C |

**Weight:** 78.4 kg (172.8 lb), infusion-suite scale, shoes off.  **Height:** 178 cm

## Current Medications
- Prolastin-C Liquid 60 mg/kg IV weekly (see infusion record)
- Tiotropium/olodaterol 2.5/2.5 mcg, 2 inhalations daily
- Albuterol HFA 90 mcg, 2 puffs q4h PRN (uses ~2x/week)
- Atorvastatin 20 mg nightly
- Vitamin D3 2,000 IU daily

## Assessment & Plan
### 1. Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01) with panlobular emphysema (J43.1)
- Clinically stable on augmentation: no exacerbations in 11 months, FEV1 52 % pred vs 54 % pred a year ago (within test variability), moderate airflow obstruction unchanged.
- Continue Prolastin-C Liquid weekly. Today's infusion given in the suite; dose, lots and times are in the infusion record.
- Discussed: if weight keeps falling below ~75 kg we would step the dose down (roughly 4,500 -> 4,200 mg). No change today.
- Repeat full PFTs 07/2026; CT chest not needed this year.

### 2. Former tobacco use (Z87.891)
- Quit 2009, 18 pack-years. Remains abstinent; no vaping.

### 3. Health maintenance
- Influenza 10/2025, PCV20 2024, RSV 2025. Hepatitis A/B immune. Annual LFTs due 05/2026.

## Patient Instructions
- Next infusion Friday 03/20 at 09:00.
- Call for fever, new cough with colored sputum, or hives/wheeze during or after infusion.

---
*Transcript excerpt (auto-captured, lightly edited)*
> **Patient:** My brother's ZZ same as me, but he won't do the infusions.
> **Dr. Natarajan:** That's his call. We can talk to him if he wants.
> **Patient:** Honestly I'm doing better than a year ago. Haven't been on steroids since April.

Electronically signed: Priya Natarajan, MD, 2026-03-13T11:02:41-05:00
""")

d2 = doc("d2", "infusion_record", DOS, """
INFUSION ADMINISTRATION RECORD - EXPORT
export_generated: 2026-03-13T14:20:07-05:00
facility: Lakeshore Pulmonary Infusion Suite
patient: HARLAN, DWIGHT R | MRN 00481937 | DOB 1961-07-22
encounter_date: 2026-03-13 | FIN 7730021945

[ORDER]
  order_id: ORD-558120
  drug: alpha1-proteinase inhibitor (human) [Prolastin-C Liquid]
  order_text: 60 mg/kg IV once weekly; dosing weight 78.4 kg -> 4,704 mg calculated; round to nearest vial combination
  dispensed: 4,500 mg (1 x 4,000 mg/80 mL + 1 x 500 mg/10 mL)
  pharmacist_verified: 2026-03-13T08:41:55-05:00 (M. Osei, PharmD)

[EVENTS]
  2026-03-13T08:47:12-05:00  arrived / checked in
  2026-03-13T09:02:30-05:00  PIV 22g L forearm placed, blood return present, flushed NS 10 mL
  2026-03-13T09:05:00-05:00  pre-infusion vitals (see flowsheet)
  2026-03-13T09:11:48-05:00  bedside barcode scan, 2 vials
  2026-03-13T09:15:00-05:00  INFUSION START  Prolastin-C Liquid via pump at 5 mL/min (max 6.3 mL/min at 0.08 mL/kg/min)
  2026-03-13T09:25:00-05:00  mid-infusion check, no symptoms
  2026-03-13T09:34:00-05:00  INFUSION STOP  volume infused 90 mL
  2026-03-13T09:36:10-05:00  line flushed NS 20 mL
  2026-03-13T09:45:00-05:00  post-infusion vitals
  2026-03-13T10:05:00-05:00  PIV removed, catheter intact; discharged ambulatory with spouse

[ADMINISTERED]
  product: Prolastin-C Liquid, alpha1-PI (human) 50 mg/mL
  dose_given_mg: 4500
  vial_1: 4,000 mg / 80 mL | lot 27NLX51 | exp 2027-01-31
  vial_2: 500 mg / 10 mL   | lot 27NMC08 | exp 2026-11-30
  route: IV, peripheral
  waste_mg: 0 (both vials fully infused, nothing discarded)
  adverse_reaction: none
  premedication: none
  documented_by: K. Delacroix, RN  2026-03-13T10:07:31-05:00

[NEXT]
  next_scheduled: 2026-03-20T09:00:00-05:00 | planned dose 4,500 mg
""")

d3 = doc("d3", "lab_report", "2019-05-14", """
RESULT REPORT (interfaced HL7 v2.5.1 ORU^R01, rendered to text)
Lakeshore Regional Laboratory   CLIA 14D0000000
Patient: HARLAN^DWIGHT^R   MRN 00481937   DOB 19610722   Sex M
Ordering: WU^ELLEN MD (Pulmonary)   Collected: 201905140912   Received: 201905141005   Resulted: 201905141633
Order: ALPHA1 PANEL^Alpha-1 antitrypsin panel   Accession ACC19-134-0021   Status: F (final)

OBX|1|NM|1825-9^Alpha 1 antitrypsin^LN|1|38|mg/dL|100-190|L|||F|||201905140912
OBX|2|CE|32769-2^A1AT phenotype^LN|1|ZZ||MM|A|||F
OBX|3|TX|32769-2^A1AT phenotype comment^LN|2|Phenotype ZZ by isoelectric focusing. Consistent with severe alpha-1 antitrypsin deficiency.||||||F
OBX|4|NM|1988-5^C reactive protein^LN|1|2.1|mg/L|0.0-5.0|N|||F
OBX|5|NM|1920-8^AST^LN|1|31|U/L|10-40|N|||F
OBX|6|NM|1742-6^ALT^LN|1|36|U/L|7-56|N|||F
OBX|7|NM|2458-8^IgA^LN|1|212|mg/dL|70-400|N|||F
OBX|8|NM|6690-2^WBC^LN|1|7.4|10*3/uL|4.0-10.8|N|||F
OBX|9|NM|718-7^Hemoglobin^LN|1|15.1|g/dL|13.5-17.5|N|||F
OBX|10|NM|777-3^Platelets^LN|1|244|10*3/uL|150-400|N|||F
OBX|11|NM|711-2^Eosinophils absolute^LN|1|0.18|10*3/uL|0.00-0.50|N|||F
OBX|12|NM|2160-0^Creatinine^LN|1|0.94|mg/dL|0.70-1.30|N|||F
OBX|13|NM|1975-2^Bilirubin total^LN|1|0.7|mg/dL|0.2-1.2|N|||F
OBX|14|NM|2324-2^GGT^LN|1|29|U/L|8-61|N|||F
NTE|1||A1AT reference interval applies to the nephelometric method. Levels below 57 mg/dL (about 11 umol/L)
NTE|2||are associated with increased risk of emphysema. Phenotype result is not interpretable after augmentation therapy.

Verified by: T. Baptiste, MLS(ASCP)   Released 05/14/2019 16:33
""")

chart = {
    "chart_id": CID,
    "date_of_service": DOS,
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 450, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
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
        {"kind": "serum_aat", "value": 38, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 52},
        {"kind": "fev1", "value": 54},
        {"kind": "weight", "value": 78.4, "unit": "kg", "value_kg": 78.4},
        {"kind": "weight", "value": 81.2, "unit": "kg", "value_kg": 81.2},
        {"kind": "dose", "value": 4500},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "27NLX51"},
        {"kind": "lot_number", "value": "27NMC08"},
        {"kind": "expiration_date", "value": "2027-01-31"},
        {"kind": "expiration_date", "value": "2026-11-30"},
        {"kind": "infusion_start", "value": "09:15"},
        {"kind": "infusion_end", "value": "09:34"},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
    ],
    "notes": (
        "Complete Medicare chart. Weight nearest DOS 78.4 kg (81.2 kg is 09/2025, historical). "
        "60 x 78.4 = 4704 mg; dose 4500 mg -> |4500-4704| = 204 mg = 4.3 % (<= 10 %). "
        "J0256 bu 10 mg: ceil(4500/10) = 450 = billed 450 JZ. Waste 0 documented with JZ -> met. "
        "Both vials' lots/expirations are after DOS. Traps: calculated 4,704 mg in order; vial sizes 4,000/500 mg; "
        "'4,500 -> 4,200 mg' hypothetical step-down; planned 4,500 mg next week; brother PI*ZZ and sister PI*MZ (family); "
        "lab reference 'MM' and 100-190 range; NTE threshold 57 mg/dL; check-in 08:47, PIV 09:02, scan 09:11, vitals 09:05/09:25/09:45, "
        "flush 09:36, discharge 10:05, pharmacist verify 08:41, signature and export ISO times. ISO timestamps with -05:00 offset: "
        "local time as written. 96365 is an administration CPT, not a drug line."
    ),
}

emit(chart, gold)
