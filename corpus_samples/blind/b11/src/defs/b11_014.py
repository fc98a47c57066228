D1 = r"""
=== INTERFACE ARCHIVE: inbound HL7 v2 results (raw), filed to chart ===
MSH|^~\&|SUNQUEST|MERCYLAB|EPIC|MERCYHLTH|20190611143210||ORU^R01|MSG00041277|P|2.5.1
PID|1||M00734512^^^MERCY^MR||RENFROW^TOBIAS^J||19860914|M|||22 Alder Ct^^Fairview^OH^44126
PV1|1|O|PULM^^^MERCY||||1093384412^HADLEY^CORINNE^^^MD
ORC|RE|ORD5521|LAB99812||CM
OBR|1|ORD5521|LAB99812|A1AT^Alpha-1 antitrypsin panel^L|||20190611083000|||||||20190611090500||1093384412^HADLEY^CORINNE
OBX|1|NM|1825-9^Alpha 1 antitrypsin [Mass/volume] in Serum or Plasma^LN||38|mg/dL|90-200|L|||F|||20190611083000||
OBX|2|ST|32769-2^Alpha 1 antitrypsin phenotype^LN||ZZ||MM|A|||F|||20190611083000||
NTE|1|L|Method: isoelectric focusing. ZZ phenotype is associated with severe deficiency.
NTE|2|L|Reference phenotype MM. Genetic counseling recommended for first-degree relatives.
OBX|3|NM|1988-5^C reactive protein [Mass/volume] in Serum or Plasma^LN||4.2|mg/L|<10|N|||F|||20190611083000||
OBX|4|NM|2458-8^IgA [Mass/volume] in Serum or Plasma^LN||156|mg/dL|70-400|N|||F|||20190611083000||
MSH|^~\&|SUNQUEST|MERCYLAB|EPIC|MERCYHLTH|20260319161544||ORU^R01|MSG09918830|P|2.5.1
PID|1||M00734512^^^MERCY^MR||RENFROW^TOBIAS^J||19860914|M
OBR|1|ORD88120|LAB55017|1825-9^Alpha 1 antitrypsin^LN|||20260319091000|||||||20260319093000||1093384412^HADLEY^CORINNE
OBX|1|NM|1825-9^Alpha 1 antitrypsin [Mass/volume] in Serum or Plasma^LN||71|mg/dL|90-200|L|||F|||20260319091000||
NTE|1|L|Specimen drawn before weekly A1PI infusion (trough on augmentation therapy).
OBR|2|ORD88121|LAB55018|CBC^CBC w auto diff^L|||20260319091000
OBX|1|NM|6690-2^Leukocytes^LN||7.4|10*3/uL|4.0-11.0|N|||F
OBX|2|NM|718-7^Hemoglobin^LN||15.1|g/dL|13.5-17.5|N|||F
OBX|3|NM|777-3^Platelets^LN||231|10*3/uL|150-400|N|||F
OBX|4|NM|711-2^Eosinophils^LN||0.18|10*3/uL|0.00-0.50|N|||F
=== END ARCHIVE ===
"""

D2 = """
eMAR - MEDICATION ADMINISTRATION RECORD          Mercy Fairview Infusion Services
Patient: RENFROW, TOBIAS J    MRN M00734512    DOB 09/14/1986    Admin date: 04/02/2026
Dosing weight: 59.0 kg (measured 04/02/26 09:41, bay scale)    Ht 172 cm    Allergies: NKDA
Payer: Ohio Medicaid - CareSource

| Medication / order                         | Sched | Scan  | Action        | Time  | Dose / detail                     | By  |
|--------------------------------------------|-------|-------|---------------|-------|-----------------------------------|-----|
| acetaminophen 650 mg PO once (pt request)  | 09:45 | 09:57 | Given         | 09:58 | 650 mg                            | AKR |
| sodium chloride 0.9% 250 mL IV KVO         | 10:00 | 10:13 | Started       | 10:16 | 20 mL/h                           | AKR |
| ZEMAIRA (alpha1-PI, human) 60 mg/kg IV     | 10:00 | 10:14 | Scan/verify   | 10:14 | 4 vials scanned, see below        | AKR |
|   "                                        |       |       | Infusion start| 10:21 | 0.08 mL/kg/min (4.7 mL/min)       | AKR |
|   "                                        |       |       | Infusion end  | 10:40 | Dose given: 3,570 mg (all vials)  | AKR |
| diphenhydramine 25 mg IV prn reaction      | PRN   | --    | Not given     | --    | no reaction                       | AKR |
| EPINEPHrine 0.3 mg IM prn anaphylaxis      | PRN   | --    | Not given     | --    | --                                | AKR |
| sodium chloride 0.9% 250 mL IV KVO         |       |       | Stopped       | 10:52 | approx 12 mL infused              | AKR |

ZEMAIRA product detail (barcode scan 10:14)
  Vial 1  1 g nominal  actual potency 889 mg   Lot P100355012  Exp 2026-11-30
  Vial 2  1 g nominal  actual potency 902 mg   Lot P100355012  Exp 2026-11-30
  Vial 3  1 g nominal  actual potency 895 mg   Lot P100355012  Exp 2026-11-30
  Vial 4  1 g nominal  actual potency 884 mg   Lot P100355012  Exp 2026-11-30
  Total = 3,570 mg; calculated dose 60 x 59.0 = 3,540 mg (+0.8 %, within pharmacy rounding policy)
  Reconstituted with 20 mL SWFI each (Mix2Vial), total 80 mL.
  Waste: 0 mg - all four vials reconstituted and infused in full.

Vitals: 09:41 T 36.7 HR 82 BP 122/78 SpO2 96% | 10:30 HR 84 BP 120/76 SpO2 96% | 10:50 HR 80 BP 118/74
Line: PIV 22g L AC placed 10:06, removed 10:55.
Discharge 11:02.  Next dose due 04/09/2026 10:00.
Charges: J0256 x 357 JZ; 96365
Nurse: Anika K. Rahman, RN (AKR)
"""

D3 = """
MERCY FAIRVIEW PULMONARY - PROGRESS NOTE
03/19/2026    Tobias J. Renfrow, 39 M    MRN M00734512    Corinne Hadley, MD

SUBJECTIVE
Seen for alpha-1 antitrypsin deficiency (ZZ phenotype, 2019) with early emphysema, on Zemaira weekly since
09/2019. Works as a warehouse supervisor. Exercises 3x/week (cycling). No exacerbations in the past year,
no antibiotics or steroids since 2023. He feels the weekly infusions are "worth it" and has had no
reactions. Never smoked cigarettes; no vaping or cannabis.

OBJECTIVE
BP 124/76  HR 78  SpO2 97%  Wt 58.1 kg  BMI 19.6 (nutrition counseling - goal 60+ kg)
Lungs: mildly decreased breath sounds at bases.
Spirometry (post-BD): FEV1 2.48 L = 61% predicted; FEV1/FVC 0.58. (03/2025: 2.51 L, 62%.)
CT 2024: mild panlobular emphysema in both lower lobes, unchanged from 2021.
Trough AAT today 71 mg/dL (expected on augmentation; baseline 38 mg/dL in 2019).

ASSESSMENT / PLAN
1. AATD, ZZ, with panlobular emphysema - stable/responding to augmentation: FEV1 steady over 12 months,
   no exacerbations, CT stable. Continue Zemaira 60 mg/kg IV weekly.
   Ohio Medicaid PA # 4410078812 approved 01/01/2026 - 12/31/2026.
2. Underweight/low BMI - dietitian; recheck weight at each infusion (dose is weight-based).
3. Vaccines current. Annual LFTs normal (12/2025).
4. RTC 6 months with PFT.

C. Hadley, MD  03/19/2026 11:42
"""

CHART = {
    "chart_id": "b11-014",
    "date_of_service": "2026-04-02",
    "payer": {"profile": "medicaid", "name": "Ohio Medicaid - CareSource"},
    "prior_authorization": "4410078812",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 357, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "lab_report", "date": "2026-03-19", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-04-02", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2026-03-19", "text": D3},
    ],
}

ARITH = {"profile": "medicaid", "dos_weight_kg": 59.0, "dose_mg": 3570, "waste_mg": 0,
         "expirations": ["2026-11-30"], "start": "10:21", "end": "10:40", "products": ["Zemaira"]}

GOLD = {
    "chart_id": "b11-014",
    "profile": "medicaid",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
        "smoking_status": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 38, "unit": "mg/dL"},
        {"kind": "serum_aat", "value": 71, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 61},
        {"kind": "fev1", "value": 62},
        {"kind": "weight", "value": 59.0, "unit": "kg", "value_kg": 59.0},
        {"kind": "weight", "value": 58.1, "unit": "kg", "value_kg": 58.1},
        {"kind": "dose", "value": 3570},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "P100355012"},
        {"kind": "expiration_date", "value": "2026-11-30"},
        {"kind": "infusion_start", "value": "10:21"},
        {"kind": "infusion_end", "value": "10:40"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "4410078812"},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "drug_product", "value": "Zemaira"},
    ],
    "notes": (
        "Complete medicaid chart: raw HL7 v2 ORU messages (d1), eMAR grid (d2), progress note (d3). HL7 OBX "
        "1825-9 = 38 mg/dL (2019 baseline, flag L) and 71 mg/dL (2026 on-therapy trough); both findings, "
        "level requirement met by 38 < 57. OBX 32769-2 phenotype ZZ; the reference field 'MM' is not a "
        "result. DOS weight 59.0 kg; 60 x 59.0 = 3540; given 3570 mg (889 + 902 + 895 + 884) = +0.8 %. J0256 "
        "ceil(357.0) = 357 JZ, 'Waste: 0 mg' -> met. Lot P100355012 exp 2026-11-30. eMAR 'Infusion start' "
        "10:21 / 'Infusion end' 10:40. Never smoker, PA # 4410078812. Response in d3. Traps: HL7 timestamps "
        "(20190611083000 etc.), CRP 4.2 mg/L, IgA 156 mg/dL, reference 90-200, CBC values, LOINC codes; "
        "eMAR rows for acetaminophen 650 mg (given 09:58), NS KVO started 10:16 / stopped 10:52 (~12 mL), "
        "diphenhydramine 25 mg and epinephrine 0.3 mg not given; Zemaira schedule 10:00 and scan/verify "
        "10:14; rate 4.7 mL/min; per-vial potencies and 1 g nominal; calculated 3,540 mg; vitals 09:41/10:30/"
        "10:50; PIV 10:06/10:55; discharge 11:02; next dose 10:00; office weight 58.1 kg (finding, not "
        "nearest DOS)."
    ),
}
